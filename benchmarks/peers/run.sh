#!/usr/bin/env bash
# Times sigstore-js (npm `sigstore`, installed into a temporary folder) and TrustCheck verifying the same real
# Sigstore bundles (PEP 740 attestations from ../shared converted to v0.3 bundles), same machine, same inputs,
# warm loops, and prints `ratio sigstore-js/trustcheck: X` (every bundle verified as its certificate's first) and the
# ratio for bundles whose signing certificate TrustCheck has verified before.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared="${TRUSTCHECK_SHARED:-$repo/../shared}"
iterations="${ITERATIONS:-2000}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "installing sigstore@5.0.1 into $work" >&2
(cd "$work" && npm install --silent --no-audit --no-fund sigstore@5.0.1 >/dev/null)
cp "$here/sigstore-js-timing.js" "$work/"

attestations=("$shared/vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json")
node "$work/sigstore-js-timing.js" --write-bundles "$work" "${attestations[@]}"
bundles=("$work"/bundle-*.json)
root="$shared/vectors/trusted_root/production.trusted_root.json"
identity="https://github.com/trailofbits/pypi-attestations/.github/workflows/release.yml@refs/tags/v0.0.19"
issuer="https://token.actions.githubusercontent.com"

dotnet build "$repo/benchmarks/TrustCheck.Benchmarks" -c Release --nologo -v quiet >&2
js_ns=$(cd "$work" && node sigstore-js-timing.js "$root" "$identity" "$issuer" "$iterations" "${bundles[@]}")
first_ns=$(dotnet run -c Release --no-build --project "$repo/benchmarks/TrustCheck.Benchmarks" -- --peer-timing --first-of-certificate "$root" "$identity" "$issuer" "$iterations" "${bundles[@]}")
tc_ns=$(dotnet run -c Release --no-build --project "$repo/benchmarks/TrustCheck.Benchmarks" -- --peer-timing "$root" "$identity" "$issuer" "$iterations" "${bundles[@]}")

# sigstore-js keeps nothing between bundles, so the first figure is the like-for-like one; the second is what a
# release's further files cost TrustCheck, which remembers a signing certificate it has verified (by its exact bytes).
echo "sigstore-js: ${js_ns} ns per bundle"
echo "trustcheck:  ${first_ns} ns per bundle (first bundle of its signing certificate)"
echo "trustcheck:  ${tc_ns} ns per bundle (same signing certificate again)"
awk -v js="$js_ns" -v tc="$first_ns" 'BEGIN { printf "ratio sigstore-js/trustcheck: %.2f\n", js / tc }'
awk -v js="$js_ns" -v tc="$tc_ns" 'BEGIN { printf "ratio sigstore-js/trustcheck (same certificate again): %.2f\n", js / tc }'
