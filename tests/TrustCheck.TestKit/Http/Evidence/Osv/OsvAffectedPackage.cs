using System.Text.Json;
using TrustCheck.Packaging;

namespace TrustCheck.TestKit.Http.Evidence.Osv;

/// <summary>One <c>affected[]</c> entry of an OSV record for a PyPI package: its explicit versions and ECOSYSTEM ranges.</summary>
internal sealed class OsvAffectedPackage
{
    private readonly HashSet<string> _versions;
    private readonly IReadOnlyList<OsvRange> _ranges;

    private OsvAffectedPackage(string name, HashSet<string> versions, IReadOnlyList<OsvRange> ranges)
    {
        Name = name;
        _versions = versions;
        _ranges = ranges;
    }

    /// <summary>The PEP 503 normalized package name.</summary>
    public string Name { get; }

    /// <summary>Reads an entry whose package ecosystem is <c>PyPI</c> (case-sensitive, like OSV); others give null.</summary>
    public static OsvAffectedPackage? Parse(JsonElement affected)
    {
        if (!affected.TryGetProperty("package", out var package) ||
            !package.TryGetProperty("ecosystem", out var ecosystem) || ecosystem.ValueKind != JsonValueKind.String || ecosystem.GetString() != "PyPI" ||
            !package.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var versions = new HashSet<string>(StringComparer.Ordinal);
        if (affected.TryGetProperty("versions", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var version in list.EnumerateArray())
            {
                if (version.ValueKind == JsonValueKind.String)
                {
                    versions.Add(PythonVersion.Canonicalize(version.GetString()!));
                }
            }
        }

        var ranges = new List<OsvRange>();
        if (affected.TryGetProperty("ranges", out var rangeList) && rangeList.ValueKind == JsonValueKind.Array)
        {
            ranges.AddRange(rangeList.EnumerateArray().Select(OsvRange.Parse).OfType<OsvRange>());
        }

        return new OsvAffectedPackage(PackageName.Normalize(name.GetString()!), versions, ranges);
    }

    /// <summary>True when the version is listed (compared in PEP 440 canonical form) or inside an ECOSYSTEM range.</summary>
    public bool Affects(string version)
    {
        if (_versions.Contains(PythonVersion.Canonicalize(version)))
        {
            return true;
        }

        return PythonVersion.TryParse(version, out var parsed) && _ranges.Any(r => r.Contains(parsed));
    }
}
