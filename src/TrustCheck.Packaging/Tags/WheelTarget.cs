using System.Globalization;

namespace TrustCheck.Packaging;

/// <summary>
/// An interpreter and platform to install for, e.g. CPython 3.12 on manylinux x86_64, with the tags it supports in
/// priority order (CPython tags, then the version-compatible ones), so the best wheel of a release can be chosen.
/// </summary>
public sealed class WheelTarget
{
    private readonly Dictionary<WheelTag, int> _priority;

    private WheelTarget(IReadOnlyList<WheelTag> tags)
    {
        SupportedTags = tags;
        _priority = [];
        for (var i = 0; i < tags.Count; i++)
        {
            _priority.TryAdd(tags[i], i);
        }
    }

    /// <summary>The supported tags, most preferred first.</summary>
    public IReadOnlyList<WheelTag> SupportedTags { get; }

    /// <summary>CPython X.Y on the given platform tags (see <see cref="WheelPlatforms"/>).</summary>
    /// <param name="major">Python major version.</param>
    /// <param name="minor">Python minor version.</param>
    /// <param name="platforms">The platform tags, most preferred first.</param>
    /// <param name="freeThreaded">A free-threaded build (ABI <c>cpXYt</c>).</param>
    public static WheelTarget CPython(int major, int minor, IReadOnlyList<string> platforms, bool freeThreaded = false)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        var interpreter = $"cp{major.ToString(CultureInfo.InvariantCulture)}{minor.ToString(CultureInfo.InvariantCulture)}";
        int[] version = [major, minor];
        var tags = WheelTags.CPython(version, [freeThreaded ? interpreter + "t" : interpreter], platforms)
            .Concat(WheelTags.Compatible(version, interpreter, platforms))
            .ToList();
        return new WheelTarget(tags);
    }

    /// <summary>The priority of a tag (0 is best), or null when the target cannot use it.</summary>
    /// <param name="tag">A tag.</param>
    public int? PriorityOf(WheelTag tag) => _priority.TryGetValue(tag, out var index) ? index : null;

    /// <summary>
    /// The file pip would install: the compatible wheel whose best tag ranks highest (a higher build tag breaks
    /// ties), or, when no wheel fits and <paramref name="allowSourceDistribution"/> is true, a source distribution.
    /// </summary>
    /// <param name="files">A release's files.</param>
    /// <param name="allowSourceDistribution">Fall back to an sdist when no wheel is compatible.</param>
    /// <returns>The chosen file, or null when none fits.</returns>
    public DistributionFilename? SelectBest(IEnumerable<DistributionFilename> files, bool allowSourceDistribution = false)
    {
        ArgumentNullException.ThrowIfNull(files);
        var list = files.ToList();
        var best = list
            .Where(f => f.Kind == DistributionKind.Wheel)
            .Select(f => (File: f, Priority: f.Tags.Select(PriorityOf).Where(p => p is not null).Min()))
            .Where(x => x.Priority is not null)
            .OrderBy(x => x.Priority)
            .ThenByDescending(x => x.File.BuildTag ?? new WheelBuildTag(-1, string.Empty))
            .Select(x => x.File)
            .FirstOrDefault();
        return best ?? (allowSourceDistribution ? list.FirstOrDefault(f => f.Kind == DistributionKind.SourceDistribution) : null);
    }
}
