using TrustCheck.Packaging;

namespace TrustCheck.Samples.CustomSignalProvider;

/// <summary>
/// The projects a team has reviewed: a text file with one project name per line, <c>#</c> starting a comment. Read
/// once, at start-up, so that the provider judging each release does no I/O of its own.
/// </summary>
public sealed class AllowList
{
    private readonly HashSet<PackageName> _names;

    private AllowList(string file, HashSet<PackageName> names)
    {
        File = file;
        _names = names;
    }

    /// <summary>The file the list was read from.</summary>
    public string File { get; }

    /// <summary>Whether the list names the project (PEP 503 normalized names: <c>Typing_Extensions</c> is <c>typing-extensions</c>).</summary>
    /// <param name="name">The project.</param>
    public bool Contains(PackageName name) => _names.Contains(name);

    /// <summary>Reads an allow-list file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The list.</returns>
    /// <exception cref="FormatException">A line is not a project name.</exception>
    public static async Task<AllowList> LoadAsync(string file, CancellationToken cancellationToken = default)
    {
        var names = new HashSet<PackageName>();
        var lines = await System.IO.File.ReadAllLinesAsync(file, cancellationToken);
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Split('#', 2)[0].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            names.Add(PackageName.TryParse(text, out var name)
                ? name
                : throw new FormatException($"{file}:{i + 1}: '{text}' is not a project name."));
        }

        return new AllowList(file, names);
    }
}
