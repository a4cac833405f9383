using TrustCheck.Findings;
using TrustCheck.Inspection;
using TrustCheck.Signals;

namespace TrustCheck.Providers.RecordedHashes;

/// <summary>
/// The built-in <c>recorded-hashes</c> provider: for a release a scanned dependency file pins with recorded digests
/// (<c>--hash</c>, a lock file's per-file hashes), checks them against the SHA-256 digests the index publishes. A
/// requirements file's <c>--hash</c> values name no file: at least one must be a published file's digest. A lock file
/// names the file of each digest: that file must be published with that digest. Either disagreement is high: the
/// lock file and the index describe different bytes (tampering, or a re-upload under the same name).
/// </summary>
internal sealed class RecordedHashesProvider : ISignalProvider
{
    /// <summary>The provider's stable name.</summary>
    public const string ProviderName = "recorded-hashes";

    private const string Remediation =
        "Do not install until the difference is explained: compare the digests with the project's release, and regenerate the lock file only from a source you trust.";

    /// <inheritdoc />
    public string Name => ProviderName;

    /// <inheritdoc />
    public Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var evidence = context.Evidence;
        var published = evidence.Files.Where(f => f.Sha256 is not null).ToDictionary(f => f.Filename, f => f.Sha256!.ToLowerInvariant(), StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var declared in context.Options.Declared.Where(d => d.Name == evidence.Name && d.Hashes.Count > 0 && (d.Version is null || d.Version == evidence.Version)))
        {
            findings.AddRange(Judge(declared, evidence.Name.Normalized, evidence.Version, published));
        }

        return Task.FromResult(Signal.Of(Name, findings));
    }

    private static IEnumerable<Finding> Judge(DeclaredPackage declared, string name, string version, Dictionary<string, string> published)
    {
        var sha256 = declared.Hashes.Where(h => h.Algorithm == "sha256").ToList();
        var where = declared.Location.ToString();
        if (sha256.Count == 0)
        {
            yield return new Finding
            {
                Code = RecordedHashCodes.NotComparable,
                Severity = Severity.Info,
                Message = $"{where} records digests for {name} {version} that TrustCheck cannot compare with the index ({string.Join(", ", declared.Hashes.Select(h => h.Algorithm).Distinct(StringComparer.Ordinal))}; only sha256 is published).",
                Evidence = new Dictionary<string, string> { ["declaredIn"] = where },
            };
            yield break;
        }

        var named = sha256.Where(h => h.Filename is not null).ToList();
        foreach (var hash in named)
        {
            if (!published.TryGetValue(hash.Filename!, out var digest) || !string.Equals(digest, hash.Digest, StringComparison.Ordinal))
            {
                yield return new Finding
                {
                    Code = RecordedHashCodes.FileDigestDiffers,
                    Severity = Severity.High,
                    Message = digest is null
                        ? $"{where} records {hash.Filename} for {name} {version}, which the index does not publish for this release."
                        : $"{where} records sha256 {hash.Digest} for {hash.Filename}; the index publishes {digest}.",
                    Evidence = new Dictionary<string, string> { ["declaredIn"] = where, ["filename"] = hash.Filename!, ["recorded"] = hash.Digest, ["published"] = digest ?? string.Empty },
                    Remediation = Remediation,
                };
            }
        }

        var anonymous = sha256.Where(h => h.Filename is null).ToList();
        if (anonymous.Count > 0 && !anonymous.Exists(h => published.ContainsValue(h.Digest)))
        {
            yield return new Finding
            {
                Code = RecordedHashCodes.NoPublishedFileMatches,
                Severity = Severity.High,
                Message = $"None of the {anonymous.Count} sha256 digest(s) {where} records for {name} {version} is the digest of a file the index publishes for this release.",
                Evidence = new Dictionary<string, string>
                {
                    ["declaredIn"] = where,
                    ["recorded"] = string.Join(" ", anonymous.Select(h => h.Digest)),
                    ["published"] = string.Join(" ", published.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")),
                },
                Remediation = Remediation,
            };
        }
    }
}
