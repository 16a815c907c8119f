#!/usr/bin/env bash
# Installs what the tests need (Python packages; Debian's Chromium for the browser tests,
# PostgreSQL for the database tests, Java 17 for the Spark test), checks the format, the lint
# rules and the types, starts a throw-away PostgreSQL server and runs the whole test suite
# against it. Extra arguments go to pytest.
#
# The server: initdb into a temporary folder (as the `postgres` system user when run as
# root: initdb refuses root), pg_ctl start on a free local port, its address exported in
# SEGCORE_TEST_POSTGRES_URL, stopped and removed on exit. SEGCORE_REQUIRE_POSTGRES=1 and
# SEGCORE_REQUIRE_SPARK=1 turn a missing server or Spark into a test failure, not a skip.
set -euo pipefail
cd "$(dirname "$0")/.."

python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

python -m ruff format --check .
python -m ruff check .
python -m mypy

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "${apt_updated:-}" ]; then
    $sudo_cmd apt-get update -qq
    apt_updated=1
  fi
  $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}

[ -x /usr/bin/chromium ] || apt_install chromium fonts-dejavu-core
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || apt_install postgresql
command -v java >/dev/null || apt_install openjdk-17-jre-headless

pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
pg_dir="$(mktemp -d -t segcore-pg.XXXXXX)"
pg_port="$(python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
pg_password="$(python -c 'import secrets; print(secrets.token_urlsafe(12))')"
runas=()
if [ "$(id -u)" -eq 0 ]; then
  runas=(runuser -u postgres --)
  chown postgres:postgres "$pg_dir"
fi
chmod 700 "$pg_dir"
printf '%s' "$pg_password" >"$pg_dir/pw"
[ "$(id -u)" -ne 0 ] || chown postgres:postgres "$pg_dir/pw"

stop_postgres() {
  "${runas[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

"${runas[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U segcore --pwfile "$pg_dir/pw" \
  --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C >/dev/null
"${runas[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null

export SEGCORE_TEST_POSTGRES_URL="postgresql://segcore:${pg_password}@127.0.0.1:${pg_port}/postgres"
export SEGCORE_REQUIRE_POSTGRES=1
export SEGCORE_REQUIRE_SPARK=1

python -m pytest "$@"
