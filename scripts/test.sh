#!/usr/bin/env bash
# Installs what the tests need (Python packages, and Debian's Chromium for the browser
# tests), checks the format, the lint rules and the types, and runs the whole test suite.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

python -m ruff format --check .
python -m ruff check .
python -m mypy

if [ ! -x /usr/bin/chromium ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

exec python -m pytest "$@"
