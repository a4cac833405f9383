using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace TrustCheck.TestKit.Pki;

/// <summary>
/// A complete private Sigstore instance for tests: a Fulcio-like CA, a CT log and a Rekor-like log with generated
/// keys, its own trusted root, and a mint for PEP 740 attestations that real cryptography verifies — each option
/// spoiling exactly one stage for negative tests.
/// </summary>
public sealed class TestSigstore : IDisposable
{
    private readonly ECDsa _ctLog = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ECDsa _foreignKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly TestCertificateAuthority _foreignCa;

    /// <summary>Creates the instance; its keys and certificates are valid from <paramref name="epoch"/>.</summary>
    /// <param name="epoch">The start of every validity window.</param>
    public TestSigstore(DateTimeOffset epoch)
    {
        Epoch = epoch;
        Authority = new TestCertificateAuthority("trustcheck-test", epoch);
        _foreignCa = new TestCertificateAuthority("somebody-else", epoch);
    }

    /// <summary>The start of every validity window.</summary>
    public DateTimeOffset Epoch { get; }

    /// <summary>The CA.</summary>
    public TestCertificateAuthority Authority { get; }

    /// <summary>The transparency log.</summary>
    public TestTransparencyLog Log { get; } = new();

    /// <summary>This instance's trusted root (<c>application/vnd.dev.sigstore.trustedroot+json;version=0.1</c>).</summary>
    public byte[] TrustedRootJson()
    {
        JsonObject Key(ECDsa key, string baseUrl) => new()
        {
            ["baseUrl"] = baseUrl,
            ["hashAlgorithm"] = "SHA2_256",
            ["publicKey"] = new JsonObject
            {
                ["rawBytes"] = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
                ["keyDetails"] = "PKIX_ECDSA_P256_SHA_256",
                ["validFor"] = new JsonObject { ["start"] = Epoch.ToString("O") },
            },
            ["logId"] = new JsonObject { ["keyId"] = Convert.ToBase64String(SHA256.HashData(key.ExportSubjectPublicKeyInfo())) },
        };

        var root = new JsonObject
        {
            ["mediaType"] = "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
            ["tlogs"] = new JsonArray(Key(Log.Key, "https://" + TestTransparencyLog.Host)),
            ["certificateAuthorities"] = new JsonArray(new JsonObject
            {
                ["subject"] = new JsonObject { ["organization"] = "trustcheck.test", ["commonName"] = "trustcheck-test" },
                ["uri"] = "https://fulcio.trustcheck.test",
                ["certChain"] = new JsonObject
                {
                    ["certificates"] = new JsonArray(
                        new JsonObject { ["rawBytes"] = Convert.ToBase64String(Authority.Intermediate.RawData) },
                        new JsonObject { ["rawBytes"] = Convert.ToBase64String(Authority.Root.RawData) }),
                },
                ["validFor"] = new JsonObject { ["start"] = Epoch.ToString("O") },
            }),
            ["ctlogs"] = new JsonArray(Key(_ctLog, "https://ctfe.trustcheck.test")),
            ["timestampAuthorities"] = new JsonArray(),
        };
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    /// <summary>Mints a PEP 740 attestation (JSON) signed at <paramref name="signedAt"/>.</summary>
    /// <param name="signedAt">The certificate's notBefore.</param>
    /// <param name="options">The claims and the one thing to spoil.</param>
    public string MintAttestation(DateTimeOffset signedAt, TestAttestationOptions? options = null)
    {
        options ??= new TestAttestationOptions();
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var authority = options.UntrustedIssuer ? _foreignCa : Authority;
        using var leaf = authority.IssueGitHubLeaf(leafKey, signedAt, options.Repository, options.Workflow, options.SctFromUnknownLog ? _foreignKey : _ctLog, !options.WithoutCodeSigning);

        var statement = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["_type"] = "https://in-toto.io/Statement/v1",
            ["subject"] = new JsonArray(new JsonObject { ["name"] = options.SubjectName, ["digest"] = new JsonObject { ["sha256"] = options.SubjectSha256 } }),
            ["predicateType"] = options.PredicateType,
            ["predicate"] = null,
        }.ToJsonString());
        var pae = Encoding.UTF8.GetBytes($"DSSEv1 28 application/vnd.in-toto+json {statement.Length} ").Concat(statement).ToArray();
        var signer = options.SignatureByAnotherKey ? _foreignKey : leafKey;
        var signature = signer.SignData(pae, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var entry = Log.LogDsse(statement, signature, leaf.RawData, signedAt.AddSeconds(options.IntegratedSecondsAfterNotBefore), options, _foreignKey);

        return new JsonObject
        {
            ["version"] = 1,
            ["verification_material"] = new JsonObject
            {
                ["certificate"] = Convert.ToBase64String(leaf.RawData),
                ["transparency_entries"] = new JsonArray(entry),
            },
            ["envelope"] = new JsonObject
            {
                ["statement"] = Convert.ToBase64String(statement),
                ["signature"] = Convert.ToBase64String(signature),
            },
        }.ToJsonString();
    }

    /// <summary>Wraps attestations in a provenance object with a GitHub publisher.</summary>
    /// <param name="repository">The publisher's repository.</param>
    /// <param name="workflow">The publisher's workflow.</param>
    /// <param name="attestations">Attestation JSON objects.</param>
    public static string Provenance(string repository, string workflow, params string[] attestations)
    {
        ArgumentNullException.ThrowIfNull(attestations);
        return new JsonObject
        {
            ["version"] = 1,
            ["attestation_bundles"] = new JsonArray(new JsonObject
            {
                ["publisher"] = new JsonObject { ["kind"] = "GitHub", ["repository"] = repository, ["workflow"] = workflow, ["environment"] = null },
                ["attestations"] = new JsonArray([.. attestations.Select(a => JsonNode.Parse(a))]),
            }),
        }.ToJsonString();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Authority.Dispose();
        _foreignCa.Dispose();
        Log.Dispose();
        _ctLog.Dispose();
        _foreignKey.Dispose();
    }
}
