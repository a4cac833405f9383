using System.Globalization;
using TrustCheck.Evidence.Release;
using TrustCheck.Findings;

namespace TrustCheck.Providers.Repositories;

/// <summary>
/// Checks the user's <c>--expected-repo</c> against what verified attestations prove: proven (TC4010), contradicted
/// (TC4011), or unprovable because nothing is attested, in which case only metadata can claim it (TC4012).
/// </summary>
internal static class ExpectedRepositoryFindings
{
    /// <summary>The finding for an expected repository.</summary>
    /// <param name="expectedValue">The value the user gave.</param>
    /// <param name="files">The release's files.</param>
    /// <param name="links">The declared links.</param>
    /// <param name="attested">The repositories the verified attestations prove.</param>
    /// <returns>The finding.</returns>
    public static Finding Evaluate(
        string expectedValue,
        IReadOnlyList<DistributionEvidence> files,
        IReadOnlyList<DeclaredLink> links,
        IReadOnlyList<AttestedRepository> attested)
    {
        if (!ExpectedRepository.TryParse(expectedValue, out var expected))
        {
            return Invalid(expectedValue);
        }

        if (attested.Count == 0)
        {
            return Unproven(expected, links);
        }

        var contradicting = attested.Where(a => !a.Repository.Equals(expected)).ToList();
        return contradicting.Count == 0 ? Proven(expected, files, attested) : Contradicted(expected, contradicting);
    }

    private static Finding Proven(RepositoryUrl expected, IReadOnlyList<DistributionEvidence> files, IReadOnlyList<AttestedRepository> attested)
    {
        var proving = attested.SelectMany(a => a.Files).ToList();
        var unproven = files.Select(f => f.Filename).Except(proving, StringComparer.Ordinal).ToList();
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["expected.repository"] = expected.ToString(),
            ["attested.repository"] = expected.ToString(),
            ["attested.files"] = string.Join(", ", proving),
        };
        var rest = string.Empty;
        if (unproven.Count > 0)
        {
            evidence["files.unproven"] = string.Join(", ", unproven);
            rest = $" {Count(unproven.Count)} of the release carry no verified attestation: {string.Join(", ", unproven)}.";
        }

        return new Finding
        {
            Code = RepositoryLinkCodes.ExpectedRepositoryProven,
            Severity = Severity.Info,
            Message = $"The expected repository {expected} is proven by the verified attestations of {string.Join(", ", proving)}.{rest}",
            Evidence = evidence,
        };
    }

    private static Finding Contradicted(RepositoryUrl expected, IReadOnlyList<AttestedRepository> contradicting) => new()
    {
        Code = RepositoryLinkCodes.ExpectedRepositoryContradicted,
        Severity = Severity.High,
        Message = $"Expected repository {expected}, but the verified attestation proves " +
                  string.Join("; ", contradicting.Select(a => $"{a.Repository} ({string.Join(", ", a.Files)})")) + ".",
        Evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["expected.repository"] = expected.ToString(),
            ["attested.repository"] = string.Join(", ", contradicting.Select(a => a.Repository.ToString())),
            ["attested.files"] = string.Join(", ", contradicting.SelectMany(a => a.Files)),
        },
        Remediation = "Do not install: the files were built and published from a repository you did not expect. Check for a " +
                      "name-squatting or hijacked project, or correct --expected-repo if the project really moved.",
    };

    private static Finding Unproven(RepositoryUrl expected, IReadOnlyList<DeclaredLink> links)
    {
        var claimed = links.Where(l => l.IsRepositoryLink).ToList();
        var agreeing = claimed.Where(l => DeclaredLinkFindings.PointsTo(l, expected)).ToList();
        var (agrees, note) = (claimed.Count, agreeing.Count) switch
        {
            (0, _) => ("none", "the metadata names no repository either"),
            (_, > 0) => ("yes", $"the metadata claims it ({string.Join(", ", agreeing.Select(l => l.DisplayName))}), but a claim is not proof"),
            _ => ("no", $"the metadata even points elsewhere: {string.Join(", ", claimed.Select(l => l.Repository!.ToString()).Distinct(StringComparer.Ordinal))}"),
        };
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["expected.repository"] = expected.ToString(),
            ["attested.repository"] = "none",
            ["claimed.agrees"] = agrees,
        };
        if (claimed.Count > 0)
        {
            evidence["claimed.repository"] = string.Join(", ", claimed.Select(l => l.Repository!.ToString()).Distinct(StringComparer.Ordinal));
        }

        return new Finding
        {
            Code = RepositoryLinkCodes.ExpectedRepositoryUnproven,
            Severity = Severity.Medium,
            Message = $"The expected repository {expected} cannot be proven: no file has a verified attestation naming a repository, " +
                      $"so only metadata can claim where the release comes from; {note}.",
            Evidence = evidence,
            Remediation = "Without provenance the origin cannot be checked. Ask the maintainers to publish with a Trusted Publisher, " +
                          "or pin hashes of files you have reviewed.",
        };
    }

    private static Finding Invalid(string expectedValue) => new()
    {
        Code = RepositoryLinkCodes.ExpectedRepositoryInvalid,
        Severity = Severity.Medium,
        Message = $"The expected repository '{expectedValue}' is not a repository URL or owner/repo, so it cannot be checked.",
        Evidence = new Dictionary<string, string>(StringComparer.Ordinal) { ["expected.repository"] = expectedValue },
        Remediation = "Pass --expected-repo as https://github.com/owner/repo, https://gitlab.com/group/project or owner/repo.",
    };

    private static string Count(int files) => files == 1 ? "1 file" : $"{files.ToString(CultureInfo.InvariantCulture)} files";
}
