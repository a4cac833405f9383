#!/usr/bin/env bash
# Compares DistributionHasher (SHA-256 of a 256 MB file streamed from disk, BenchmarkDotNet row
# FileHashBenchmarks.OverlappedSha256) with `openssl speed -evp sha256 -bytes 16384` on the same machine.
# openssl runs before and after the benchmark and the two are averaged, because these virtual machines drift.
# Prints `ratio trustcheck/openssl: X` (the target is X >= 0.95).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
size=$((256 * 1024 * 1024))

openssl_bytes_per_second() {
  # The last line reads `sha256  <N>k`, thousands of bytes per second at 16 KB blocks.
  openssl speed -evp sha256 -bytes 16384 -seconds 3 2>/dev/null | awk '/^sha256/ { sub(/k$/, "", $2); print $2 * 1000 }'
}

dotnet build "$repo/benchmarks/TrustCheck.Benchmarks" -c Release --nologo -v quiet >&2
before=$(openssl_bytes_per_second)
dotnet run -c Release --no-build --project "$repo/benchmarks/TrustCheck.Benchmarks" -- \
  --filter '*FileHashBenchmarks.OverlappedSha256*' --exporters csv --artifacts "$work" >&2
after=$(openssl_bytes_per_second)

# BenchmarkDotNet's CSV gives the mean as e.g. `170.9 ms` (quoted when it holds a thousands separator).
mean_ms=$(python3 - "$work"/results/*FileHashBenchmarks-report.csv <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
value, unit = rows[0]["Mean"].replace(",", "").split()
print(float(value) * {"s": 1000, "ms": 1, "us": 0.001, "μs": 0.001}[unit])
PY
)

awk -v before="$before" -v after="$after" -v ms="$mean_ms" -v size="$size" 'BEGIN {
  openssl = (before + after) / 2
  ours = size / (ms / 1000)
  printf "openssl sha256 16 KB: %.0f MB/s (before %.0f, after %.0f)\n", openssl / 1e6, before / 1e6, after / 1e6
  printf "trustcheck DistributionHasher: %.0f MB/s (%.1f ms per 256 MB)\n", ours / 1e6, ms
  printf "ratio trustcheck/openssl: %.3f\n", ours / openssl
}'
