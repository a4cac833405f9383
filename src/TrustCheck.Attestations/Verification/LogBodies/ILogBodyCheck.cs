using System.Text.Json;

namespace TrustCheck.Attestations.Verification.LogBodies;

/// <summary>Checks that a log entry body of one kind and version describes exactly this bundle's signature.</summary>
internal interface ILogBodyCheck
{
    string Kind { get; }

    string Version { get; }

    /// <summary>Null when the body matches the envelope or message signature and the verification material (certificate or public key).</summary>
    string? Check(JsonElement spec, BundleVerificationContext context);
}
