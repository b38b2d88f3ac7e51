"""Measure guidelint against its targets and print each as a ratio measured in this one run.

The machine may be shared and noisy, so every target is a ratio to something measured in the
same run (the parse floor, the smaller corpus), except the single-file wall time, which editors
feel directly. All rules are on; the corpora come from benchmarks/generate.py.

    python benchmarks/run.py                    # 4,000 and 8,000 items
    python benchmarks/run.py --textlint         # also textlint + prh (installs it with npm)
    python benchmarks/run.py --items 1000       # a quicker look (targets are set at 4,000)

Targets (issue "Performance at corpus scale"):
  check 4,000 items, no cache            <= 3.0 x floor
  check 8,000 items / check 4,000 items  <= 2.2
  check one guide (wall)                 <= 0.25 s
  re-run with a warm cache               <= 1.0 x floor
  peak memory at 8,000 documents         <= 300 MB
  guidelint / textlint+prh (same text)   <= 1.0
"""

from __future__ import annotations

import argparse
import glob
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate
from textlint_corpus import flatten, install_textlint, prh_rules

GUIDELINT = [sys.executable, "-m", "checker"]
CACHE_ENV = "GUIDELINT_CACHE_DIR"
FORMAT_ENV = "GUIDELINT_CACHE_FORMAT"


def floor(folder: Path) -> float:
    """Parse every file with PyYAML's C loader in this process: the least any checker pays."""
    files = sorted(glob.glob(f"{folder}/**/*.yaml", recursive=True))
    start = time.perf_counter()
    for name in files:
        with open(name, "rb") as handle:
            yaml.load(handle, Loader=yaml.CSafeLoader)
    return time.perf_counter() - start


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return elapsed


def peak_mb() -> float:
    """The largest resident set of any finished child process so far (workers included)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def line(label: str, value: float, target: float, unit: str = "x") -> bool:
    ok = value <= target
    print(f"{label:<48} {value:8.2f} {unit:<3} target <= {target:g} {unit:<3} {'ok' if ok else 'MISSED'}")
    return ok


def paired(rounds: list[tuple[float, float]]) -> float:
    """The median of measurement / reference over rounds, each pair taken back to back: the
    machine's speed drifts by a factor of two within minutes, a ratio of neighbours much less."""
    return statistics.median(value / reference for reference, value in rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3, help="measurements per ratio (the median is kept)")
    parser.add_argument("--textlint", action="store_true", help="compare with textlint + prh (npm install)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="guidelint-bench-"))
    # An installed tool has its bytecode compiled; PYTHONDONTWRITEBYTECODE would make every run
    # compile the package again (about 45 ms), which no user's installation does.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env[CACHE_ENV] = str(work / "cache")
    try:
        small, large = work / "small", work / "large"
        generate(small, args.items, args.seed)
        generate(large, 2 * args.items, args.seed)
        docs = 2 * args.items
        print(f"corpus: {args.items} items ({docs} documents) and {2 * args.items} items, seed {args.seed}")

        def check(folder: Path, *options: str, cache_format: str = "msgpack") -> float:
            return timed([*GUIDELINT, "check", str(folder), *options], {**env, FORMAT_ENV: cache_format})

        cold, one_job, doubled, warm, warm_json, floors = [], [], [], [], [], []
        for round_ in range(args.rounds):
            base = floor(small)
            floors.append(base)
            cold.append((base, check(small, "--no-cache")))
            one_job.append((base, check(small, "--no-cache", "--jobs", "1")))
            if round_ == 0:
                memory = peak_mb()  # before the larger corpus runs
            doubled.append((check(small, "--no-cache"), check(large, "--no-cache")))
        check(small)  # fills the cache
        check(small, cache_format="json")  # and its JSON twin, for comparison
        for _ in range(args.rounds):
            warm.append((floor(small), check(small)))
            warm_json.append((floor(small), check(small, cache_format="json")))
        one = next(small.rglob("guide.yaml"))
        check(one, "--no-cache")  # compiles the bytecode once, as installing does
        single = statistics.median(check(one, "--no-cache") for _ in range(5))

        print(f"floor (yaml.load, CSafeLoader, {docs} files): {', '.join(f'{f:.2f}' for f in floors)} s")
        print(f"each ratio is the median of {args.rounds} measurements, each taken next to its reference\n")
        results = [
            line(f"check {args.items} items, no cache (all cores)", paired(cold), 3.0),
            line("  the same with --jobs 1 (for reference)", paired(one_job), float("inf")),
            line(f"check {2 * args.items} items / check {args.items} items", paired(doubled), 2.2),
            line("check one guide, wall time (median of 5)", single, 0.25, "s"),
            line("re-run with a warm cache (msgpack entries)", paired(warm), 1.0),
            line("  the same with JSON entries (for reference)", paired(warm_json), float("inf")),
            line(f"peak memory, {docs} documents (largest process)", memory, 300, "MB"),
        ]
        if args.textlint:
            results.append(compare_textlint(small, work, env))
        sys.exit(0 if all(results) else 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def compare_textlint(corpus: Path, work: Path, env: dict[str, str]) -> bool:
    """guidelint (all rules, on the YAML) against textlint + prh (wording only, on the same text)."""
    textlint = install_textlint(work / "textlint")
    texts = flatten(corpus, work / "text")
    rules = prh_rules(work / "prh.yml")
    config = work / ".textlintrc.json"
    config.write_text(f'{{"rules": {{"prh": {{"rulePaths": ["{rules}"]}}}}}}', encoding="utf-8")
    peer = timed([str(textlint), "--config", str(config), f"{texts}/**/*.txt"], env)
    ours = timed([*GUIDELINT, "check", str(corpus), "--no-cache"], env)
    print(f"textlint + prh on the flattened text: {peer:.2f} s; guidelint, all rules: {ours:.2f} s")
    return line("guidelint / textlint+prh", ours / peer, 1.0)


if __name__ == "__main__":
    main()
