using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;

namespace TrustCheck.TestKit.Pki;

/// <summary>
/// A complete private Sigstore instance for tests: a Fulcio-like CA, a CT log, a Rekor-v1-like and a Rekor-v2-like
/// log and RFC 3161 timestamp authorities with generated keys, its own trusted root, and a mint for PEP 740
/// attestations that real cryptography verifies — each option spoiling exactly one stage for negative tests.
/// </summary>
public sealed class TestSigstore : IDisposable
{
    private readonly ECDsa _ctLog = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ECDsa _foreignKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly TestCertificateAuthority _foreignCa;
    private readonly TestTimestampAuthority _retiredTsa;
    private readonly TestTimestampAuthority _foreignTsa;

    /// <summary>Creates the instance; its keys and certificates are valid from <paramref name="epoch"/>.</summary>
    /// <param name="epoch">The start of every validity window.</param>
    public TestSigstore(DateTimeOffset epoch)
    {
        Epoch = epoch;
        Authority = new TestCertificateAuthority("trustcheck-test", epoch);
        _foreignCa = new TestCertificateAuthority("somebody-else", epoch);
        TimestampAuthority = new TestTimestampAuthority("trustcheck-tsa", epoch);
        _retiredTsa = new TestTimestampAuthority("trustcheck-tsa-retired", epoch);
        _foreignTsa = new TestTimestampAuthority("somebody-else-tsa", epoch);
    }

    /// <summary>The start of every validity window.</summary>
    public DateTimeOffset Epoch { get; }

    /// <summary>The CA.</summary>
    public TestCertificateAuthority Authority { get; }

    /// <summary>The transparency log.</summary>
    public TestTransparencyLog Log { get; } = new();

    /// <summary>The Rekor-v2-like log (for <see cref="TestAttestationOptions.TimestampOnly"/>).</summary>
    public TestRekorV2Log RekorV2 { get; } = new();

    /// <summary>The timestamp authority the trusted root trusts from the epoch on.</summary>
    public TestTimestampAuthority TimestampAuthority { get; }

    /// <summary>The last instant the trusted root trusts the retired timestamp authority: a week after the epoch.</summary>
    public DateTimeOffset RetiredTimestampAuthorityEnd => Epoch.AddDays(7);

    /// <summary>This instance's trusted root (<c>application/vnd.dev.sigstore.trustedroot+json;version=0.1</c>).</summary>
    public byte[] TrustedRootJson()
    {
        JsonObject LogEntry(byte[] subjectPublicKeyInfo, string keyDetails, byte[] logId, string baseUrl) => new()
        {
            ["baseUrl"] = baseUrl,
            ["hashAlgorithm"] = "SHA2_256",
            ["publicKey"] = new JsonObject
            {
                ["rawBytes"] = Convert.ToBase64String(subjectPublicKeyInfo),
                ["keyDetails"] = keyDetails,
                ["validFor"] = new JsonObject { ["start"] = Epoch.ToString("O") },
            },
            ["logId"] = new JsonObject { ["keyId"] = Convert.ToBase64String(logId) },
        };

        JsonObject EcdsaLogEntry(ECDsa key, string baseUrl) =>
            LogEntry(key.ExportSubjectPublicKeyInfo(), "PKIX_ECDSA_P256_SHA_256", SHA256.HashData(key.ExportSubjectPublicKeyInfo()), baseUrl);

        JsonObject AuthorityEntry(string commonName, string uri, IEnumerable<X509Certificate2> chain, DateTimeOffset? end)
        {
            var validFor = new JsonObject { ["start"] = Epoch.ToString("O") };
            if (end is { } last)
            {
                validFor["end"] = last.ToString("O");
            }

            return new JsonObject
            {
                ["subject"] = new JsonObject { ["organization"] = "trustcheck.test", ["commonName"] = commonName },
                ["uri"] = uri,
                ["certChain"] = new JsonObject
                {
                    ["certificates"] = new JsonArray([.. chain.Select(c => (JsonNode)new JsonObject { ["rawBytes"] = Convert.ToBase64String(c.RawData) })]),
                },
                ["validFor"] = validFor,
            };
        }

        var root = new JsonObject
        {
            ["mediaType"] = "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
            ["tlogs"] = new JsonArray(
                EcdsaLogEntry(Log.Key, "https://" + TestTransparencyLog.Host),
                LogEntry(RekorV2.SubjectPublicKeyInfo, "PKIX_ED25519", RekorV2.LogId, "https://" + TestRekorV2Log.Host)),
            ["certificateAuthorities"] = new JsonArray(
                AuthorityEntry("trustcheck-test", "https://fulcio.trustcheck.test", [Authority.Intermediate, Authority.Root], end: null)),
            ["ctlogs"] = new JsonArray(EcdsaLogEntry(_ctLog, "https://ctfe.trustcheck.test")),
            ["timestampAuthorities"] = new JsonArray(
                AuthorityEntry("trustcheck-tsa", "https://tsa.trustcheck.test", TimestampAuthority.Chain, end: null),
                AuthorityEntry("trustcheck-tsa-retired", "https://retired.tsa.trustcheck.test", _retiredTsa.Chain, RetiredTimestampAuthorityEnd)),
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
        var sctKey = options.WithoutSct ? null : options.SctFromUnknownLog ? _foreignKey : _ctLog;
        using var leaf = authority.IssueGitHubLeaf(leafKey, signedAt, options.Repository, options.Workflow, sctKey, !options.WithoutCodeSigning, options.SctOverAnotherCertificate);

        var statement = Statement(options, options.SubjectName, options.SubjectSha256);
        var otherStatement = Statement(options, "another-1.0.tar.gz", new string('e', 64));
        var pae = Pae(statement);
        var signature = (options.SignatureByAnotherKey ? _foreignKey : leafKey)
            .SignData(options.SignatureOverAnotherStatement ? Pae(otherStatement) : pae, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var foreignSignature = _foreignKey.SignData(pae, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var loggedSignature = options.LogBodyForAnotherSignature ? foreignSignature : signature;
        var loggedCertificate = options.LogBodyForAnotherCertificate ? authority.Intermediate.RawData : leaf.RawData;
        var loggedStatement = options.LogBodyForAnotherPayload ? otherStatement : statement;
        var entry = options.TimestampOnly
            ? RekorV2.LogHashedRekord(SHA256.HashData(Pae(loggedStatement)), loggedSignature, loggedCertificate, options)
            : Log.LogDsse(loggedStatement, loggedSignature, loggedCertificate, signedAt.AddSeconds(options.IntegratedSecondsAfterNotBefore), options, _foreignKey);

        var material = new JsonObject
        {
            ["certificate"] = Convert.ToBase64String(leaf.RawData),
            ["transparency_entries"] = new JsonArray(entry),
        };
        if (options.HasRfc3161Timestamp)
        {
            material["timestamps"] = new JsonArray(Convert.ToBase64String(Stamp(options.TimestampOverAnotherSignature ? foreignSignature : signature, signedAt, options)));
        }

        return new JsonObject
        {
            ["version"] = 1,
            ["verification_material"] = material,
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
        TimestampAuthority.Dispose();
        _retiredTsa.Dispose();
        _foreignTsa.Dispose();
        Log.Dispose();
        _ctLog.Dispose();
        _foreignKey.Dispose();
    }

    private static byte[] Statement(TestAttestationOptions options, string subjectName, string subjectSha256)
    {
        var subjects = new JsonArray();
        if (!options.WithoutSubject)
        {
            subjects.Add(new JsonObject { ["name"] = subjectName, ["digest"] = new JsonObject { ["sha256"] = subjectSha256 } });
        }

        if (options.SecondSubject)
        {
            subjects.Add(new JsonObject { ["name"] = "another-1.0.tar.gz", ["digest"] = new JsonObject { ["sha256"] = new string('e', 64) } });
        }

        return Encoding.UTF8.GetBytes(new JsonObject
        {
            ["_type"] = options.StatementType,
            ["subject"] = subjects,
            ["predicateType"] = options.PredicateType,
            ["predicate"] = null,
        }.ToJsonString());
    }

    private static byte[] Pae(byte[] statement) =>
        [.. Encoding.UTF8.GetBytes($"DSSEv1 28 application/vnd.in-toto+json {statement.Length} "), .. statement];

    private byte[] Stamp(byte[] signature, DateTimeOffset signedAt, TestAttestationOptions options)
    {
        var authority = options.TimestampFromUnknownAuthority ? _foreignTsa
            : options.TimestampFromRetiredAuthority ? _retiredTsa
            : TimestampAuthority;
        return authority.Stamp(signature, signedAt.AddSeconds(options.TimestampSecondsAfterNotBefore));
    }
}
