#!/usr/bin/env bash
# Whole-process start-up of the tool, the way a CI step feels it: `--version`, and a warm-cache
# `inspect sampleproject --version 4.0.0 --format json` against the loopback index (the shared recorded data),
# for the Native AOT binary and the framework-dependent build, RUNS times each (default 20); prints the medians.
# Usage: bash benchmarks/startup/run.sh [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared="${TRUSTCHECK_SHARED:-$repo/../shared}"
runs="${1:-20}"
work=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null || true; kill "$server_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "publishing the native and the framework-dependent builds into $work" >&2
dotnet publish "$repo/src/TrustCheck.Cli" -c Release -r linux-x64 -o "$work/native" -v quiet >&2
dotnet publish "$repo/src/TrustCheck.Cli" -c Release -r linux-x64 -p:PublishAot=false -o "$work/jit" -v quiet >&2
dotnet build "$repo/benchmarks/TrustCheck.Benchmarks" -c Release -v quiet >&2

mkfifo "$work/server-in"
dotnet run -c Release --no-build --project "$repo/benchmarks/TrustCheck.Benchmarks" -- --serve-evidence \
  < "$work/server-in" > "$work/server-out" &
server_pid=$!
exec 3> "$work/server-in"
for _ in $(seq 100); do grep -q OSV_URL "$work/server-out" 2>/dev/null && break; sleep 0.2; done
# shellcheck disable=SC1090
source <(sed 's/\r$//' "$work/server-out")

inspect=(inspect sampleproject --version 4.0.0 --format json --pypi-url "$PYPI_URL" --index-url "$INDEX_URL"
  --osv-url "$OSV_URL" --trusted-root "$shared/vectors/trusted_root/production.trusted_root.json"
  --popular-names "$shared/data/top-pypi/top-pypi-packages.min.json")

median_ms() { # command...: median wall time of RUNS runs, after one warm-up
  "$@" > /dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    local start end; start=$(date +%s%N); "$@" > /dev/null 2>&1 || true; end=$(date +%s%N)
    echo $(( (end - start) / 1000 ))
  done | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m / 1000}'
}

for build in native jit; do
  exe="$work/$build/TrustCheck.Cli"
  cache="$work/cache-$build"
  "$exe" "${inspect[@]}" --cache-dir "$cache" > "$work/$build.json"   # fills the cache
  echo "$build --version:        $(median_ms "$exe" --version) ms"
  echo "$build inspect (warm):   $(median_ms "$exe" "${inspect[@]}" --cache-dir "$cache") ms"
done
echo "trivial native process (/bin/true): $(median_ms /bin/true) ms"
# The two reports differ only in when they were made (generatedAt), or the builds disagree.
if cmp -s <(grep -v '"generatedAt"' "$work/native.json") <(grep -v '"generatedAt"' "$work/jit.json"); then
  echo "reports: identical apart from generatedAt"
else
  echo "reports: DIFFER"; diff <(head -c 2000 "$work/native.json") <(head -c 2000 "$work/jit.json") || true
fi
