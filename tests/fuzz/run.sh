#!/usr/bin/env bash
# The long fuzz run (not part of the default test run): every fuzz campaign (tests marked [Trait("Category", "Fuzz")])
# with TRUSTCHECK_FUZZ_INPUTS inputs each (100,000 unless set), then a table of inputs, outcomes and time per parser.
# Usage: bash tests/fuzz/run.sh [inputs-per-parser]   (TRUSTCHECK_FUZZ_SEED replays another seed)
set -uo pipefail
cd "$(dirname "$0")/../.."

inputs="${1:-${TRUSTCHECK_FUZZ_INPUTS:-100000}}"
report="$(pwd)/tests/fuzz/last-run.tsv"
: > "$report"
export TRUSTCHECK_FUZZ_INPUTS="$inputs" TRUSTCHECK_FUZZ_REPORT="$report"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

start=$(date +%s)
dotnet build TrustCheck.sln -c Release -warnaserror -v q || { echo "error: build failed" >&2; exit 1; }
status=0
for project in tests/*.Tests/*.Tests.csproj; do
  # --blame-hang turns a hung campaign into a failure with a dump instead of a stuck run.
  dotnet test "$project" -c Release --no-build --filter "Category=Fuzz" --blame-hang-timeout 30m \
    --logger "console;verbosity=minimal" || status=1
done
end=$(date +%s)

printf '\n%-40s %10s %10s %10s %9s %12s\n' parser inputs accepted rejected seconds slowest-ms
sort "$report" | while IFS=$'\t' read -r parser n accepted rejected seconds slowest; do
  printf '%-40s %10s %10s %10s %9s %12s\n' "$parser" "$n" "$accepted" "$rejected" "$seconds" "$slowest"
done
echo "$(wc -l < "$report") campaigns, $(awk -F'\t' '{s+=$2} END {print s+0}' "$report") inputs in $((end - start)) s (seed ${TRUSTCHECK_FUZZ_SEED:-740})"
exit $status
