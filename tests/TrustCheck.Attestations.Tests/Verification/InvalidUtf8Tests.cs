using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.InToto;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Tuf;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;
using Xunit.Abstractions;

namespace TrustCheck.Attestations.Tests.Verification;

/// <summary>
/// Invalid UTF-8 inside a JSON string of a real document (System.Text.Json accepts it while parsing and throws only
/// when the string is read): every reader of outside JSON turns it into a failure, never an exception, never a pass.
/// </summary>
public sealed class InvalidUtf8Tests(ITestOutputHelper output)
{
    private const string Identity = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";
    private const string Issuer = "https://token.actions.githubusercontent.com";
    private static readonly DistributionIdentity Sdist = new("pypi_attestations-0.0.19.tar.gz", "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3");
    private static readonly byte[] ArtifactDigest = SHA256.HashData(File.ReadAllBytes(SharedData.PathOf("vectors/conformance/bundle-verify/a.txt")));

    private static byte[] Bundle => File.ReadAllBytes(SharedData.PathOf("vectors/conformance/bundle-verify/happy-path-v0.3/bundle.sigstore.json"));

    private static byte[] ProvenanceBytes => File.ReadAllBytes(SharedData.PathOf("vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json"));

    private static byte[] RootBytes => File.ReadAllBytes(SharedData.PathOf("vectors/trusted_root/production.trusted_root.json"));

    [Theory]
    [InlineData("application/vnd.dev.sigstore.bundle")]
    [InlineData("rawBytes")]
    [InlineData("hashedrekord")]
    public void BundleReader_InvalidUtf8InAString_FailsAtTheBundle(string inside)
    {
        var failure = BundleReader.TryRead(WithInvalidUtf8(Bundle, inside), out var bundle);

        Assert.Equal(VerificationStage.Bundle, failure!.Stage);
        Assert.Null(bundle);
    }

    [Theory]
    [InlineData("release.yml")]
    [InlineData("trailofbits")]
    [InlineData("attestation_bundles")]
    public void VerifyProvenance_InvalidUtf8InAString_Fails(string inside)
    {
        using var root = TrustRoot.TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");

        var result = new Pep740Verifier(root).VerifyProvenance(WithInvalidUtf8(ProvenanceBytes, inside), Sdist);

        Assert.Equal(AttestationStatus.Failed, result.Status);
        Assert.Equal(VerificationStage.Bundle, result.Failure!.Stage);
    }

    [Fact]
    public void TrustedRoot_InvalidUtf8InAString_FailsAtTheTrustRoot()
    {
        var failure = TrustedRoot.TryParse(WithInvalidUtf8(RootBytes, "https://rekor.sigstore.dev"), out var root);

        Assert.Equal(VerificationStage.TrustRoot, failure!.Stage);
        Assert.Null(root);
    }

    [Theory]
    [InlineData("\"envelope\"", "signature")]
    [InlineData("\"kindVersion\"", "dsse")]
    [InlineData("\"logId\"", "keyId")]
    public void VerifyAttestation_ElementWithInvalidUtf8InAString_FailsWithoutThrowing(string after, string inside)
    {
        using var root = TrustRoot.TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var raw = Encoding.UTF8.GetBytes(WorkedExample.Attestation.GetRawText());
        var from = raw.AsSpan().IndexOf(Encoding.UTF8.GetBytes(after));
        Assert.True(from >= 0);
        byte[] mutated = [.. raw[..from], .. WithInvalidUtf8(raw[from..], inside)];
        using var document = JsonDocument.Parse(mutated);

        var result = new Pep740Verifier(root).VerifyAttestation(document.RootElement, Sdist, new GitHubPublisherPolicy("trailofbits/pypi-attestations", "release.yml"));

        Assert.Equal(AttestationStatus.Failed, result.Status);
        Assert.NotNull(result.Failure);
    }

    [Fact]
    public void PublisherReader_ElementWithInvalidUtf8InAString_FailsWithoutThrowing()
    {
        using var document = JsonDocument.Parse(WithInvalidUtf8("""{"kind":"GitHub","repository":"owner/name","workflow":"release.yml"}"""u8.ToArray(), "release"));

        var failure = PublisherReader.TryRead(document.RootElement, out var publisher);

        Assert.Equal(VerificationStage.Bundle, failure!.Stage);
        Assert.Null(publisher);
    }

    [Fact]
    public void InTotoStatement_InvalidUtf8InAString_FailsAtTheStatement()
    {
        var failure = InTotoStatement.TryParse(WithInvalidUtf8("""{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"a.tar.gz","digest":{"sha256":"00"}}],"predicateType":"x"}"""u8.ToArray(), "a.tar.gz"), out _);

        Assert.Equal(VerificationStage.Statement, failure!.Stage);
    }

    [Fact]
    public void TufMetadata_InvalidUtf8InAString_FailsAtTheTrustRoot()
    {
        var root = File.ReadAllBytes(Directory.GetFiles(SharedData.PathOf("vectors/tuf"), "1.root.json", SearchOption.AllDirectories)[0]);

        var failure = RootMetadata.TryParse(WithInvalidUtf8(root, "\"root\""), out var parsed);

        Assert.Equal(VerificationStage.TrustRoot, failure!.Stage);
        Assert.Null(parsed);
    }

    /// <summary>
    /// A deterministic sweep of single-byte mutations of three real documents: bytes that can never be valid UTF-8
    /// (0xFF, 0xC0, 0x80) and JSON metacharacters (quote, backslash) at every seventh position. Nothing may throw;
    /// no invalid-UTF-8 mutant may verify; the metacharacter mutants that still verify are counted and printed.
    /// </summary>
    [Fact]
    public void Mutations_OfRealBundleProvenanceAndRoot_NeverThrowAndInvalidUtf8NeverVerifies()
    {
        using var root = TrustRoot.TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var bundles = new BundleVerifier(root);
        var pep740 = new Pep740Verifier(root);
        var policy = new IdentityPolicy(Identity, Issuer);
        byte[] values = [0xFF, 0xC0, 0x80, (byte)'"', (byte)'\\'];
        var documents = new (string Name, byte[] Bytes, Func<byte[], bool> Verifies)[]
        {
            ("bundle", Bundle, bytes => bundles.VerifyArtifact(bytes, ArtifactDigest, policy).IsVerified),
            ("provenance", ProvenanceBytes, bytes => pep740.VerifyProvenance(bytes, Sdist).Status == AttestationStatus.Verified),
            ("trusted root", RootBytes, bytes => { var failure = TrustedRoot.TryParse(bytes, out var parsed); parsed?.Dispose(); return failure is null; }),
        };

        foreach (var (name, original, verifies) in documents)
        {
            Assert.True(verifies(original), $"the unmutated {name} must verify");
            int mutants = 0, accepted = 0;
            for (var position = 0; position < original.Length; position += 7)
            {
                foreach (var value in values)
                {
                    if (original[position] == value)
                    {
                        continue;
                    }

                    var mutant = (byte[])original.Clone();
                    mutant[position] = value;
                    mutants++;
                    var ok = verifies(mutant);
                    Assert.False(ok && value >= 0x80, $"{name} with 0x{value:X2} at {position} verified");
                    accepted += ok ? 1 : 0;
                }
            }

            output.WriteLine($"{name}: {mutants} mutants, none threw, {accepted} accepted (quote/backslash in ignored or equivalent text only)");
        }
    }

    private static byte[] WithInvalidUtf8(byte[] json, string text)
    {
        var at = json.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text));
        Assert.True(at >= 0, $"'{text}' is not in the document");
        var copy = (byte[])json.Clone();
        copy[at + (text.Length / 2)] = 0xFF;
        return copy;
    }
}
