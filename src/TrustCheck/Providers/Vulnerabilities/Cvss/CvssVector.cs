namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>A parsed, validated CVSS vector: its version and every metric it states (by abbreviation).</summary>
internal sealed class CvssVector
{
    private readonly IReadOnlyDictionary<string, string> _metrics;

    /// <summary>Creates a vector from validated parts; use <see cref="CvssVectorParser"/>.</summary>
    /// <param name="version">The version from the prefix.</param>
    /// <param name="text">The vector as written.</param>
    /// <param name="metrics">The metrics by abbreviation (<c>AV</c> → <c>N</c>).</param>
    public CvssVector(CvssVersion version, string text, IReadOnlyDictionary<string, string> metrics)
    {
        Version = version;
        Text = text;
        _metrics = metrics;
    }

    /// <summary>The version.</summary>
    public CvssVersion Version { get; }

    /// <summary>The vector as written.</summary>
    public string Text { get; }

    /// <summary>The metrics the vector states, by abbreviation.</summary>
    public IReadOnlyDictionary<string, string> Metrics => _metrics;

    /// <summary>The value of a metric, or <c>X</c> (Not Defined) when the vector does not state it.</summary>
    /// <param name="metric">The abbreviation (<c>AV</c>, <c>MAV</c>, <c>E</c>, …).</param>
    /// <returns>The value.</returns>
    public string this[string metric] => _metrics.TryGetValue(metric, out var value) ? value : CvssMetricDefinitions.NotDefined;

    /// <inheritdoc />
    public override string ToString() => Text;
}
