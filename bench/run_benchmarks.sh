#!/usr/bin/env bash
# Builds the benchmarks in Release and prints the README's performance table (Markdown).
# Usage: bench/run_benchmarks.sh [build-dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build-bench}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPOOLSCOPE_GUI=OFF -DPOOLSCOPE_TESTS=OFF \
      -DPOOLSCOPE_BENCH=ON >/dev/null
cmake --build "$build" --target reader_bench >/dev/null
json="$build/reader_bench.json"
"$build/bench/reader_bench" --benchmark_format=json --benchmark_out="$json" --benchmark_out_format=json >/dev/null
python3 - "$json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
ctx = data["context"]
print(f"Measured on {ctx['num_cpus']} cores at {ctx['mhz_per_cpu']} MHz, Release build "
      f"({ctx['date'][:10]}).\n")
print("| benchmark | input | time per run | throughput |")
print("|---|---|---:|---:|")
for b in data["benchmarks"]:
    name = b["name"].split("/")[0]
    unit = b.get("time_unit", "ns")
    t = f"{b['real_time']:.0f} {unit}"
    inp = f"{b['MB']:.0f} MB" if "MB" in b else ""
    thr = []
    if "bytes_per_second" in b:
        thr.append(f"{b['bytes_per_second'] / (1 << 20):.0f} MB/s")
    for key in ("records/s", "rows/s", "handles/s"):
        if key in b:
            thr.append(f"{b[key] / 1e6:.1f} M {key.split('/')[0]}/s")
    print(f"| {name} | {inp} | {t} | {', '.join(thr)} |")
PY
