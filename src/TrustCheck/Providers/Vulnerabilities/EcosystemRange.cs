using TrustCheck.Evidence.Vulnerabilities;
using TrustCheck.Packaging;

namespace TrustCheck.Providers.Vulnerabilities;

/// <summary>
/// An OSV <c>ECOSYSTEM</c> range for PyPI, evaluated per the OSV schema: the events sorted in PEP 440 order
/// (<c>introduced: "0"</c> first) and walked: <c>introduced</c> opens an affected interval, <c>fixed</c> closes it
/// (exclusive), <c>last_affected</c> closes it (inclusive); an interval still open at the end has no upper bound.
/// <c>limit</c> events cap the range: a version must be below at least one limit. A range may hold several intervals.
/// </summary>
/// <remarks>
/// Versions that are not PEP 440 never crash the evaluation; they are read conservatively, so that bad data can only
/// widen what is reported as affected. An unparseable <c>introduced</c>, <c>fixed</c> or <c>last_affected</c> cannot be
/// placed in the order, so no interval of the range can be trusted: the range then affects every version. An
/// unparseable <c>limit</c> is ignored (the range is not capped by it). <see cref="IsConservative"/> says when either
/// happened.
/// </remarks>
internal sealed class EcosystemRange
{
    private readonly IReadOnlyList<PythonVersion> _limits;

    private EcosystemRange(IReadOnlyList<AffectedInterval> intervals, IReadOnlyList<PythonVersion> limits, bool isConservative)
    {
        Intervals = intervals;
        _limits = limits;
        IsConservative = isConservative;
    }

    /// <summary>The affected intervals, lowest first.</summary>
    public IReadOnlyList<AffectedInterval> Intervals { get; }

    /// <summary>Whether unparseable event versions were read conservatively.</summary>
    public bool IsConservative { get; }

    /// <summary>Reads a range; only <c>ECOSYSTEM</c> ranges are meaningful for PyPI.</summary>
    /// <param name="range">The range.</param>
    /// <returns>The range, or null for <c>GIT</c>, <c>SEMVER</c> and unknown types.</returns>
    public static EcosystemRange? From(OsvRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (!string.Equals(range.Type, "ECOSYSTEM", StringComparison.Ordinal))
        {
            return null;
        }

        var conservative = false;
        var limits = new List<PythonVersion>();
        var events = new List<(int Order, OsvVersion Version, OsvEvent Event)>();
        foreach (var e in range.Events)
        {
            if (e.Limit is { } limit)
            {
                if (PythonVersion.TryParse(limit, out var parsed))
                {
                    limits.Add(parsed);
                }
                else
                {
                    conservative |= limit != "*";
                }

                continue;
            }

            var (order, text) = e.Introduced is { } introduced ? (0, introduced)
                : e.LastAffected is { } lastAffected ? (1, lastAffected)
                : e.Fixed is { } fixedIn ? (2, fixedIn)
                : (-1, null);
            if (text is null)
            {
                continue;
            }

            var version = OsvVersion.Of(text, introduced: order == 0);
            if (version.IsUnparseable)
            {
                return new EcosystemRange([new AffectedInterval(null, "0", null, null, null, null)], [], isConservative: true);
            }

            events.Add((order, version, e));
        }

        var sorted = events
            .OrderBy(e => e.Version.IsZero ? 0 : 1)
            .ThenBy(e => e.Version.Parsed)
            .ThenBy(e => e.Order)
            .ToList();
        return new EcosystemRange(Walk(sorted), limits, conservative);
    }

    /// <summary>The interval that contains a version, when one does and the limits allow it.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The interval, or null when the version is not affected by this range.</returns>
    public AffectedInterval? IntervalContaining(PythonVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (_limits.Count > 0 && !_limits.Any(limit => version < limit))
        {
            return null;
        }

        return Intervals.FirstOrDefault(i => i.Contains(version));
    }

    private static List<AffectedInterval> Walk(List<(int Order, OsvVersion Version, OsvEvent Event)> events)
    {
        var intervals = new List<AffectedInterval>();
        OsvVersion? open = null;
        foreach (var (_, version, e) in events)
        {
            if (e.Introduced is not null)
            {
                open ??= version;
            }
            else if (open is { } start)
            {
                intervals.Add(e.LastAffected is not null
                    ? new AffectedInterval(start.Parsed, start.Text, null, null, version.Parsed, version.Text)
                    : new AffectedInterval(start.Parsed, start.Text, version.Parsed, version.Text, null, null));
                open = null;
            }
        }

        if (open is { } unbounded)
        {
            intervals.Add(new AffectedInterval(unbounded.Parsed, unbounded.Text, null, null, null, null));
        }

        return intervals;
    }
}
