"""Fit time of BG/NBD + Gamma-Gamma: segcore.ltv against lifetimes 0.11.3, same data, same run.

Customers are simulated from BG/NBD (CDNOW-like parameters, first purchases spread over 12
weeks, 39-week calibration, times on whole days, in weeks) with Gamma-Gamma spend; the summary
is written to a CSV file which both sides read. lifetimes runs in its own virtual environment
(numpy<2, pandas<2, scipy<1.12, autograd; created once in the cache directory with pip) through
a subprocess that times its own fits, bounded by ``--timeout`` seconds per size.

Times are the median of ``--repeats`` runs (``--lifetimes-repeats`` for lifetimes, fewer because
it is slow); both include the standard errors (our numerical Hessian, lifetimes' autograd one).
Parameters are compared as relative differences (target: within 1e-3).

    python bench/bench_ltv.py [--sizes 50000 500000] [--repeats 5] [--lifetimes-repeats 3 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from segcore.ltv.beta_geo import BetaGeo
from segcore.ltv.gamma_gamma import GammaGamma
from segcore.ltv.simulate import simulate_bgnbd, simulate_gamma_gamma

TRUE_BG = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}
TRUE_GG = {"p": 6.25, "q": 3.74, "gamma": 15.44}
REQUIREMENTS = ["lifetimes==0.11.3", "numpy<2", "pandas<2", "scipy<1.12", "autograd"]

LIFETIMES_SCRIPT = """
import json, sys, time, warnings
warnings.simplefilter("ignore")
import pandas as pd
from lifetimes import BetaGeoFitter, GammaGammaFitter
data = pd.read_csv(sys.argv[1])
repeat = data[data["frequency"] > 0]
runs = []
for _ in range(int(sys.argv[2])):
    t0 = time.perf_counter()
    bg = BetaGeoFitter().fit(data["frequency"], data["recency"], data["T"])
    t1 = time.perf_counter()
    gg = GammaGammaFitter().fit(repeat["frequency"], repeat["monetary"])
    t2 = time.perf_counter()
    runs.append([t1 - t0, t2 - t1])
    print(json.dumps({"runs": runs, "bg": bg.params_.to_dict(), "gg": gg.params_.to_dict()}), flush=True)
"""


def ensure_lifetimes(cache: Path) -> Path:
    """Give the python of a virtual environment with lifetimes 0.11.3, creating it when needed."""
    python = cache / "venv" / "bin" / "python"
    probe = [str(python), "-c", "import lifetimes, autograd; print(lifetimes.__version__)"]
    if python.exists() and subprocess.run(probe, capture_output=True, text=True).stdout.strip() == "0.11.3":
        return python
    cache.mkdir(parents=True, exist_ok=True)
    print(f"creating a virtual environment for lifetimes in {cache} …", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(cache / "venv")], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *REQUIREMENTS], check=True)
    return python


def simulated_summary(n: int, seed: int) -> pd.DataFrame:
    """Give n simulated customers' frequency, recency, T (weeks, whole days) and monetary."""
    rng = np.random.default_rng(seed)
    age = (273 - rng.integers(0, 84, n)) / 7
    data = simulate_bgnbd(n, *TRUE_BG.values(), age, seed=seed + 1)
    data["recency"] = np.floor(data["recency"] * 7 + 1e-9) / 7
    data["monetary"] = np.round(simulate_gamma_gamma(data["frequency"], *TRUE_GG.values(), seed=seed + 2), 2)
    return data


def time_ours(data: pd.DataFrame, repeats: int):
    """Give the median fit times (BG/NBD, Gamma-Gamma) and the fitted models."""
    x, tx, age, m = (data[k].to_numpy(dtype=float) for k in ("frequency", "recency", "T", "monetary"))
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        bg = BetaGeo().fit(x, tx, age)
        t1 = time.perf_counter()
        gg = GammaGamma().fit(x, m)
        t2 = time.perf_counter()
        runs.append((t1 - t0, t2 - t1))
    return [statistics.median(r[k] for r in runs) for k in (0, 1)], bg, gg


def time_lifetimes(python: Path, path: Path, repeats: int, timeout: float) -> dict:
    """Give lifetimes' times and parameters on the CSV file (or what happened when it failed)."""
    script = path.with_suffix(".lifetimes.py")
    script.write_text(LIFETIMES_SCRIPT)
    command = [str(python), str(script), str(path), str(repeats)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        output, failure = done.stdout, (None if done.returncode == 0 else done.stderr.strip()[-400:])
    except subprocess.TimeoutExpired as expired:
        raw = expired.stdout or b""
        output = raw.decode() if isinstance(raw, bytes) else raw
        failure = f"timed out after {timeout:.0f} s"
    lines = [line for line in output.splitlines() if line.startswith("{")]
    result = json.loads(lines[-1]) if lines else {}
    result["failure"] = failure
    return result


def relative(ours: dict, theirs: dict, names: dict) -> dict:
    """Give |ours − theirs| / |theirs| per parameter (names maps ours → lifetimes)."""
    return {k: abs(ours[k] - theirs[v]) / abs(theirs[v]) for k, v in names.items()}


def _times(label: str, bg: float, gg: float, unit: str = "s", width: int = 8) -> str:
    cells = [f"{name} {value:{width}.3f} {unit}" for name, value in (("BG/NBD", bg), ("Gamma-Gamma", gg))]
    return f"{label:9s} " + "   ".join(cells) + f"   total {bg + gg:{width}.3f} {unit}"


def report(n: int, ours_times, bg, gg, lt: dict, data: pd.DataFrame) -> None:
    """Print one size's times, ratios and parameter differences."""
    print(f"\n== {n:,} customers ({bg.n_customers_:,} fitted, {gg.n_customers_:,} repeat buyers) ==")
    print(_times("segcore", *ours_times))
    if not lt.get("runs"):
        print(f"lifetimes did not finish: {lt['failure']}")
        return
    med = [statistics.median(r[k] for r in lt["runs"]) for k in (0, 1)]
    note = "" if lt["failure"] is None else f"  (then: {lt['failure']})"
    print(_times("lifetimes", *med) + f"   ({len(lt['runs'])} run(s)){note}")
    ratios = (med[0] / ours_times[0], med[1] / ours_times[1], sum(med) / sum(ours_times))
    print(f"speed-up  BG/NBD {ratios[0]:7.1f}×   Gamma-Gamma {ratios[1]:7.1f}×   total {ratios[2]:7.1f}×")
    names = {"BG/NBD": {k: k for k in TRUE_BG}, "Gamma-Gamma": {"p": "p", "q": "q", "gamma": "v"}}
    worst = 0.0
    for (label, mapping), ours, theirs in zip(
        names.items(), (bg.params_, gg.params_), (lt["bg"], lt["gg"]), strict=True
    ):
        diff = relative(ours, theirs, mapping)
        worst = max(worst, *diff.values())
        cells = "  ".join(f"{k}={ours[k]:.6g}/{theirs[v]:.6g} ({diff[k]:.1e})" for k, v in mapping.items())
        print(f"{label:12s} ours/lifetimes (relative difference): {cells}")
    theirs_ll = bg.log_likelihood(
        data["frequency"], data["recency"], data["T"], [lt["bg"][k] for k in TRUE_BG]
    ).sum()
    verdict = "within" if worst <= 1e-3 else "ABOVE"
    print(f"largest relative parameter difference {worst:.1e} ({verdict} 1e-3)")
    print(f"BG/NBD log-likelihood at our / lifetimes' parameters: {bg.log_likelihood_:.4f} / {theirs_ll:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000, 500_000])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--lifetimes-repeats", type=int, nargs="+", default=[3, 3])
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds allowed to lifetimes per size")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "segcore-bench-lifetimes")
    args = parser.parse_args()
    python = ensure_lifetimes(args.cache)
    with tempfile.TemporaryDirectory() as tmp:
        for i, n in enumerate(args.sizes):
            data = simulated_summary(n, seed=n)
            path = Path(tmp) / f"summary_{n}.csv"
            data.to_csv(path, index=False)
            data = pd.read_csv(path)
            ours_times, bg, gg = time_ours(data, args.repeats)
            lt_repeats = args.lifetimes_repeats[min(i, len(args.lifetimes_repeats) - 1)]
            lt = time_lifetimes(python, path, lt_repeats, args.timeout)
            report(n, ours_times, bg, gg, lt, data)


if __name__ == "__main__":
    main()
