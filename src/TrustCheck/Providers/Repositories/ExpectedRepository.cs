using System.Diagnostics.CodeAnalysis;

namespace TrustCheck.Providers.Repositories;

/// <summary>
/// Reads the user's <c>--expected-repo</c>: any URL <see cref="RepositoryUrl"/> reads, a host-first form
/// (<c>gitlab.example.org/group/project</c>), or the GitHub shorthand <c>owner/repo</c>.
/// </summary>
internal static class ExpectedRepository
{
    /// <summary>Reads an expected repository.</summary>
    /// <param name="value">The value the user gave.</param>
    /// <param name="repository">The repository.</param>
    /// <returns>Whether the value names a repository.</returns>
    public static bool TryParse(string? value, [NotNullWhen(true)] out RepositoryUrl? repository)
    {
        repository = null;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (RepositoryUrl.TryParse(text, out repository))
        {
            return true;
        }

        if (text.Contains(':', StringComparison.Ordinal) || text.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        // owner/repo is GitHub's shorthand; a first segment with a dot is a host.
        var first = text.Split('/')[0];
        var url = first.Contains('.', StringComparison.Ordinal) ? $"https://{text}" : $"https://{RepositoryHosts.GitHub}/{text}";
        return RepositoryUrl.TryParse(url, out repository);
    }
}
