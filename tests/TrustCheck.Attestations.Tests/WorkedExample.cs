using System.Text.Json;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests;

/// <summary>
/// The shared worked example (every intermediate value of one real attestation) and the attestation it describes,
/// read in place from <c>../shared/vectors</c>.
/// </summary>
internal static class WorkedExample
{
    private static readonly Lazy<JsonElement> LazySteps = new(() => Read("vectors/worked-example/pypi_attestations-0.0.19.intermediates.json").GetProperty("steps"));
    private static readonly Lazy<JsonElement> LazyAttestation = new(() =>
        Read("vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json")
            .GetProperty("attestation_bundles")[0].GetProperty("attestations")[0]);

    /// <summary>The <c>steps</c> object of the worked example.</summary>
    public static JsonElement Steps => LazySteps.Value;

    /// <summary>The real attestation the worked example was computed from.</summary>
    public static JsonElement Attestation => LazyAttestation.Value;

    /// <summary>The attestation's first transparency-log entry.</summary>
    public static JsonElement LogEntry => Attestation.GetProperty("verification_material").GetProperty("transparency_entries")[0];

    public static JsonElement Read(string relativePath)
    {
        using var document = SharedData.ReadJson(relativePath);
        return document.RootElement.Clone();
    }
}
