using System.Globalization;

namespace TrustCheck.Packaging;

/// <summary>
/// The tags an interpreter supports, most preferred first (pypa/packaging's tag generators with explicit arguments).
/// </summary>
public static class WheelTags
{
    /// <summary>CPython tags: its own ABIs, then the stable ABI (<c>abi3</c>, or <c>abi3t</c> for free-threaded
    /// builds) and <c>none</c>, then the stable ABI of every older 3.x down to 3.2.</summary>
    /// <param name="pythonVersion">The version, e.g. <c>[3, 12]</c>.</param>
    /// <param name="abis">The interpreter's ABIs, e.g. <c>cp312</c> or <c>cp313t</c>.</param>
    /// <param name="platforms">The platforms, most preferred first.</param>
    public static IReadOnlyList<WheelTag> CPython(IReadOnlyList<int> pythonVersion, IEnumerable<string> abis, IReadOnlyList<string> platforms)
    {
        ArgumentNullException.ThrowIfNull(pythonVersion);
        ArgumentNullException.ThrowIfNull(abis);
        ArgumentNullException.ThrowIfNull(platforms);
        var interpreter = "cp" + NoDot(pythonVersion.Take(2));
        var abiList = abis.Select(a => a.ToLowerInvariant()).ToList();
        var threaded = abiList.Any(a => a.StartsWith("cp", StringComparison.Ordinal) && a.EndsWith('t'));
        var stableAbi = threaded ? "abi3t" : "abi3";
        var useStableAbi = pythonVersion.Count > 1 && (pythonVersion[0], pythonVersion[1]).CompareTo((3, 2)) >= 0;
        var result = new List<WheelTag>();
        void AddAll(string interp, string abi) => result.AddRange(platforms.Select(p => new WheelTag(interp, abi, p)));

        foreach (var abi in abiList.Where(a => a is not ("abi3" or "abi3t" or "none")).Distinct(StringComparer.Ordinal))
        {
            AddAll(interpreter, abi);
        }

        if (useStableAbi)
        {
            AddAll(interpreter, stableAbi);
        }

        AddAll(interpreter, "none");
        if (useStableAbi)
        {
            for (var minor = pythonVersion[1] - 1; minor >= 2; minor--)
            {
                AddAll("cp" + NoDot([pythonVersion[0], minor]), stableAbi);
            }
        }

        return result;
    }

    /// <summary>Tags for a non-CPython interpreter: its ABIs then <c>none</c>, on each platform.</summary>
    /// <param name="interpreter">The interpreter tag, e.g. <c>pp310</c>.</param>
    /// <param name="abis">Its ABIs.</param>
    /// <param name="platforms">The platforms, most preferred first.</param>
    public static IReadOnlyList<WheelTag> Generic(string interpreter, IEnumerable<string> abis, IReadOnlyList<string> platforms)
    {
        ArgumentNullException.ThrowIfNull(interpreter);
        ArgumentNullException.ThrowIfNull(abis);
        ArgumentNullException.ThrowIfNull(platforms);
        var result = new List<WheelTag>();
        foreach (var abi in abis.Select(a => a.ToLowerInvariant()).Where(a => a != "none").Distinct(StringComparer.Ordinal).Append("none"))
        {
            result.AddRange(platforms.Select(p => new WheelTag(interpreter, abi, p)));
        }

        return result;
    }

    /// <summary>Pure-Python tags for a version: <c>pyXY</c>, <c>pyX</c>, then older <c>pyX(Y-1)…pyX0</c>, all <c>-none-any</c>.</summary>
    /// <param name="pythonVersion">The version; at least the major number.</param>
    /// <exception cref="ArgumentException">The version is empty.</exception>
    public static IReadOnlyList<WheelTag> PurePython(IReadOnlyList<int> pythonVersion)
    {
        ArgumentNullException.ThrowIfNull(pythonVersion);
        if (pythonVersion.Count == 0)
        {
            throw new ArgumentException("The Python version must contain at least one item.", nameof(pythonVersion));
        }

        return [.. PythonInterpreterRange(pythonVersion).Select(i => new WheelTag(i, "none", "any"))];
    }

    /// <summary>
    /// Tags any interpreter of the version can use: <c>pyXY-none-platform</c> for the version range and platforms,
    /// then <c>interpreter-none-any</c>, then <c>pyXY-none-any</c> for the range.
    /// </summary>
    /// <param name="pythonVersion">The version.</param>
    /// <param name="interpreter">The interpreter tag (e.g. <c>cp312</c>), or null.</param>
    /// <param name="platforms">The platforms, most preferred first.</param>
    public static IReadOnlyList<WheelTag> Compatible(IReadOnlyList<int> pythonVersion, string? interpreter, IReadOnlyList<string> platforms)
    {
        ArgumentNullException.ThrowIfNull(pythonVersion);
        ArgumentNullException.ThrowIfNull(platforms);
        var range = PythonInterpreterRange(pythonVersion).ToList();
        var result = new List<WheelTag>();
        foreach (var version in range)
        {
            result.AddRange(platforms.Select(p => new WheelTag(version, "none", p)));
        }

        if (interpreter is not null)
        {
            result.Add(new WheelTag(interpreter, "none", "any"));
        }

        result.AddRange(range.Select(v => new WheelTag(v, "none", "any")));
        return result;
    }

    private static IEnumerable<string> PythonInterpreterRange(IReadOnlyList<int> version)
    {
        if (version.Count > 1)
        {
            yield return "py" + NoDot(version.Take(2));
        }

        yield return "py" + version[0].ToString(CultureInfo.InvariantCulture);
        if (version.Count > 1)
        {
            for (var minor = version[1] - 1; minor >= 0; minor--)
            {
                yield return "py" + NoDot([version[0], minor]);
            }
        }
    }

    private static string NoDot(IEnumerable<int> parts) => string.Concat(parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
