using System.Globalization;
using TrustCheck.Findings;

namespace TrustCheck.Providers.Repositories;

/// <summary>
/// Compares what the metadata <em>claims</em> (declared links) with what the verified attestations <em>prove</em>
/// (attested repositories): TC4001 for links PyPI would show as verified details, TC4002 for links that name another
/// repository, TC4003 when no link names a repository at all.
/// </summary>
internal static class DeclaredLinkFindings
{
    /// <summary>
    /// The findings. A GitHub Pages site verifies (PyPI counts it as the repository) but never contradicts: an
    /// organization's site (<c>owner.github.io</c>) is a web site, not a claim about the source.
    /// </summary>
    /// <param name="links">The declared links.</param>
    /// <param name="attested">The repositories the verified attestations prove (empty when none does).</param>
    /// <returns>The findings.</returns>
    public static IEnumerable<Finding> Evaluate(IReadOnlyList<DeclaredLink> links, IReadOnlyList<AttestedRepository> attested)
    {
        foreach (var repository in attested)
        {
            if (Verified(links, repository) is { } finding)
            {
                yield return finding;
            }
        }

        foreach (var finding in Contradicted(links, attested))
        {
            yield return finding;
        }

        if (!links.Any(l => l.IsRepositoryLink))
        {
            yield return NoRepositoryLink(links);
        }
    }

    /// <summary>Whether a link names the attested repository or a page under it (PyPI's verification, scheme aside).</summary>
    /// <param name="link">The link.</param>
    /// <param name="repository">The attested repository.</param>
    /// <returns>True when it does.</returns>
    public static bool PointsTo(DeclaredLink link, RepositoryUrl repository) =>
        link.Repository is not null && repository.Covers(link.Repository);

    private static Finding? Verified(IReadOnlyList<DeclaredLink> links, AttestedRepository attested)
    {
        var matching = links.Where(l => PointsTo(l, attested.Repository)).ToList();
        if (matching.Count == 0)
        {
            return null;
        }

        var evidence = Evidence(attested);
        foreach (var link in matching)
        {
            evidence[UniqueKey(evidence, link.EvidenceKey)] = link.Url;
        }

        // PyPI compares schemes: a plain http:// or clone URL names the repository but is not shown as verified.
        var notHttps = matching.Where(l => l.Repository!.Scheme != "https").ToList();
        var names = string.Join(", ", matching.Select(l => l.DisplayName));
        var caveat = notHttps.Count == 0
            ? string.Empty
            : $" PyPI would not mark {string.Join(", ", notHttps.Select(l => l.DisplayName))} verified: not an https:// link.";
        if (notHttps.Count > 0)
        {
            evidence["claimed.notHttps"] = string.Join(", ", notHttps.Select(l => l.DisplayName));
        }

        return new Finding
        {
            Code = RepositoryLinkCodes.VerifiedLinks,
            Severity = Severity.Info,
            Message = $"Verified details: the declared links {names} point to {attested.Repository}, the repository the verified " +
                      $"attestations prove.{caveat}",
            Evidence = evidence,
        };
    }

    private static IEnumerable<Finding> Contradicted(IReadOnlyList<DeclaredLink> links, IReadOnlyList<AttestedRepository> attested)
    {
        if (attested.Count == 0)
        {
            yield break;
        }

        var contradicting = links
            .Where(l => l.IsRepositoryLink && l.SpeaksForProject && !l.Repository!.IsGitHubPages
                        && !attested.Any(a => PointsTo(l, a.Repository)))
            .GroupBy(l => l.Repository!);
        var proven = string.Join(", ", attested.Select(a => a.Repository.ToString()));
        foreach (var claim in contradicting)
        {
            var evidence = Evidence(attested);
            evidence["claimed.repository"] = claim.Key.ToString();
            foreach (var link in claim)
            {
                evidence[UniqueKey(evidence, link.EvidenceKey)] = link.Url;
            }

            yield return new Finding
            {
                Code = RepositoryLinkCodes.ContradictedLinks,
                Severity = Severity.Medium,
                Message = $"The metadata claims {claim.Key} ({string.Join(", ", claim.Select(l => l.DisplayName))}), but the verified " +
                          $"attestations prove the files were published from {proven}.",
                Evidence = evidence,
                Remediation = "Find out which repository is the project's real source. Metadata is free text anyone can write; the " +
                              "attestation is what a build actually proved. A moved project should update its project_urls; " +
                              "otherwise the release may borrow another project's reputation.",
            };
        }
    }

    private static Finding NoRepositoryLink(IReadOnlyList<DeclaredLink> links) => new()
    {
        Code = RepositoryLinkCodes.NoRepositoryLink,
        Severity = Severity.Low,
        Message = links.Count == 0
            ? "The metadata declares no links at all, so it does not say where the source lives."
            : "None of the declared links names a source repository, so the metadata does not say where the source lives.",
        Evidence = Claims(links),
        Remediation = "Prefer packages that say where their source lives; maintainers can add a 'Source' entry to project_urls.",
    };

    private static Dictionary<string, string> Claims(IReadOnlyList<DeclaredLink> links)
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal) { ["claimed.links"] = links.Count.ToString(CultureInfo.InvariantCulture) };
        foreach (var link in links)
        {
            evidence[UniqueKey(evidence, link.EvidenceKey)] = link.Url;
        }

        return evidence;
    }

    private static Dictionary<string, string> Evidence(AttestedRepository attested) =>
        Evidence([attested]);

    private static Dictionary<string, string> Evidence(IReadOnlyList<AttestedRepository> attested) =>
        new(StringComparer.Ordinal)
        {
            ["attested.repository"] = string.Join(", ", attested.Select(a => a.Repository.ToString())),
            ["attested.files"] = string.Join(", ", attested.SelectMany(a => a.Files)),
        };

    private static string UniqueKey(Dictionary<string, string> evidence, string key)
    {
        var unique = key;
        for (var i = 2; evidence.ContainsKey(unique); i++)
        {
            unique = $"{key}.{i}";
        }

        return unique;
    }
}
