namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>
/// The values CVSS v4.0 scores with (specification section 8): a modified environmental metric (<c>MAV</c>, …)
/// replaces its base metric when defined; an undefined Exploit Maturity counts as Attacked (<c>E:A</c>) and undefined
/// security requirements as High (<c>CR:H</c>, <c>IR:H</c>, <c>AR:H</c>), the worst case.
/// </summary>
internal sealed class CvssV4EffectiveMetrics
{
    private readonly CvssVector _vector;

    /// <summary>Wraps a v4.0 vector.</summary>
    /// <param name="vector">The vector.</param>
    public CvssV4EffectiveMetrics(CvssVector vector) => _vector = vector;

    /// <summary>The effective value of a base metric (<c>AV</c> … <c>SA</c>), <c>E</c>, <c>CR</c>, <c>IR</c> or <c>AR</c>.</summary>
    /// <param name="metric">The abbreviation.</param>
    /// <returns>The value scored with (<c>S</c> is possible for <c>SI</c> and <c>SA</c> through <c>MSI</c>/<c>MSA</c>).</returns>
    public string this[string metric]
    {
        get
        {
            var value = _vector[metric];
            if (value == CvssMetricDefinitions.NotDefined)
            {
                switch (metric)
                {
                    case "E":
                        return "A";
                    case "CR" or "IR" or "AR":
                        return "H";
                }
            }

            var modified = _vector["M" + metric];
            return modified == CvssMetricDefinitions.NotDefined ? value : modified;
        }
    }
}
