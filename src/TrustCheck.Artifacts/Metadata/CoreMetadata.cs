using System.Text;

namespace TrustCheck.Artifacts.Metadata;

/// <summary>
/// The fields of a core metadata file (<c>METADATA</c> in a wheel, <c>PKG-INFO</c> in an sdist) that say what gets
/// installed: an RFC 822 header block, continuation lines folded, the description body ignored.
/// </summary>
/// <param name="Name">The <c>Name</c> field, or null.</param>
/// <param name="Version">The <c>Version</c> field, or null.</param>
/// <param name="RequiresDist">Every <c>Requires-Dist</c> field.</param>
/// <param name="RequiresPython">The <c>Requires-Python</c> field, or null.</param>
public sealed record CoreMetadata(string? Name, string? Version, IReadOnlyList<string> RequiresDist, string? RequiresPython)
{
    /// <summary>Every <c>Provides-Extra</c> field.</summary>
    public IReadOnlyList<string> ProvidesExtra { get; init; } = [];

    /// <summary>Parses the header block of a core metadata file.</summary>
    /// <param name="content">The file's bytes (UTF-8).</param>
    /// <returns>The fields found.</returns>
    public static CoreMetadata Parse(ReadOnlySpan<byte> content)
    {
        string? name = null, version = null, requiresPython = null;
        var requires = new List<string>();
        var extras = new List<string>();
        foreach (var (field, value) in Headers(Encoding.UTF8.GetString(content)))
        {
            switch (field.ToLowerInvariant())
            {
                case "name": name ??= value; break;
                case "version": version ??= value; break;
                case "requires-python": requiresPython ??= value; break;
                case "requires-dist": requires.Add(value); break;
                case "provides-extra": extras.Add(value); break;
            }
        }

        return new CoreMetadata(name, version, requires, requiresPython) { ProvidesExtra = extras };
    }

    private static IEnumerable<(string Field, string Value)> Headers(string text)
    {
        string? field = null;
        var value = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && field is not null)
            {
                value.Append(' ').Append(line.Trim());
                continue;
            }

            if (field is not null)
            {
                yield return (field, value.ToString().Trim());
                field = null;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.Length == 0 || colon <= 0)
            {
                if (line.Length == 0)
                {
                    yield break;
                }

                continue;
            }

            field = line[..colon];
            value.Clear().Append(line[(colon + 1)..]);
        }

        if (field is not null)
        {
            yield return (field, value.ToString().Trim());
        }
    }
}
