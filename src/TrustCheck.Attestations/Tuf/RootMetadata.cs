using System.Text.Json;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tuf;

/// <summary>A TUF root: the keys and the four top-level roles with their thresholds.</summary>
internal sealed class RootMetadata : IDisposable
{
    private RootMetadata(SignedMetadata metadata, Dictionary<string, VerificationKey> keys, Dictionary<string, TufRole> roles, bool consistentSnapshot)
    {
        Metadata = metadata;
        Keys = keys;
        Roles = roles;
        ConsistentSnapshot = consistentSnapshot;
    }

    public SignedMetadata Metadata { get; }

    public IReadOnlyDictionary<string, VerificationKey> Keys { get; }

    public IReadOnlyDictionary<string, TufRole> Roles { get; }

    public bool ConsistentSnapshot { get; }

    public long Version => Metadata.Version;

    public static VerificationFailure? TryParse(byte[] raw, out RootMetadata? root)
    {
        root = null;
        var failure = SignedMetadata.TryParse(raw, "root", out var metadata);
        if (failure is not null)
        {
            return failure;
        }

        var signed = metadata!.Signed;
        if (!signed.TryGetProperty("keys", out var keysElement) || keysElement.ValueKind != JsonValueKind.Object ||
            !signed.TryGetProperty("roles", out var rolesElement) || rolesElement.ValueKind != JsonValueKind.Object)
        {
            return Fail("root metadata lacks keys or roles");
        }

        var keys = new Dictionary<string, VerificationKey>(StringComparer.Ordinal);
        foreach (var key in keysElement.EnumerateObject())
        {
            // A key this client cannot use simply cannot contribute a signature.
            if (TufKey.TryRead(key.Value, out _) is { } parsed)
            {
                keys[key.Name] = parsed;
            }
        }

        var roles = new Dictionary<string, TufRole>(StringComparer.Ordinal);
        foreach (var name in new[] { "root", "timestamp", "snapshot", "targets" })
        {
            var roleFailure = TufRoleReader.TryReadNamed(rolesElement, name, out var role);
            if (roleFailure is not null)
            {
                return roleFailure;
            }

            roles[name] = role!;
        }

        var consistent = signed.TryGetProperty("consistent_snapshot", out var c) && c.ValueKind == JsonValueKind.True;
        root = new RootMetadata(metadata, keys, roles, consistent);
        return null;
    }

    public void Dispose()
    {
        foreach (var key in Keys.Values)
        {
            key.Dispose();
        }
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.TrustRoot, "TUF: " + reason);
}
