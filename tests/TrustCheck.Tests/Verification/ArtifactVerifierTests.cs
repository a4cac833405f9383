using Microsoft.Extensions.DependencyInjection;
using TrustCheck.LocalFiles;
using TrustCheck.Reports;
using TrustCheck.TestKit;
using TrustCheck.Verification;

namespace TrustCheck.Tests.Verification;

/// <summary>The SDK's verification API as an embedding tool calls it: AddTrustCheck, then IArtifactVerifier, on real vectors.</summary>
public sealed class ArtifactVerifierTests : IDisposable
{
    private const string Filename = "pypi_attestations-0.0.19.tar.gz";
    private const string Sha256 = "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3";
    private const string ConformanceIdentity = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";
    private const string ConformanceIssuer = "https://token.actions.githubusercontent.com";

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("trustcheck-verifier-");

    private static string Production => SharedData.PathOf("vectors/trusted_root/production.trusted_root.json");

    private static string Provenance => SharedData.PathOf("vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json");

    private static string Artifact => SharedData.PathOf("vectors/conformance/bundle-verify/a.txt");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public async Task VerifyPep740Async_RealProvenance_IsVerifiedWithItsPublisherAndStatement()
    {
        await using var services = Services(Production);

        var report = await services.GetRequiredService<IArtifactVerifier>().VerifyPep740Async(new Pep740VerifyRequest { DocumentPath = Provenance, Filename = Filename, Sha256 = Sha256.ToUpperInvariant() });

        Assert.True(report.Verified);
        Assert.Equal("verified", report.Status);
        Assert.Equal(Sha256, report.Distribution.Sha256);
        var attestation = Assert.Single(report.Attestations);
        Assert.Equal(new PublisherReport("GitHub", "trailofbits/pypi-attestations", "release.yml", null), attestation.Publisher);
        Assert.Equal("https://docs.pypi.org/attestations/publish/v1", attestation.Statement!.PredicateType);
        Assert.Equal(Filename, Assert.Single(attestation.Statement.Subject).Name);
        Assert.NotEmpty(attestation.SignedAt);
    }

    [Fact]
    public async Task VerifyPep740Async_OtherDigest_FailsAtTheSubjectStage()
    {
        await using var services = Services(Production);

        var report = await services.GetRequiredService<IArtifactVerifier>().VerifyPep740Async(new Pep740VerifyRequest { DocumentPath = Provenance, Filename = Filename, Sha256 = new string('0', 64) });

        Assert.False(report.Verified);
        Assert.Equal("subject", report.Failure!.Stage);
    }

    [Theory]
    [InlineData("trailofbits/pypi-attestations", true)]
    [InlineData("https://github.com/trailofbits/pypi-attestations", true)]
    [InlineData("pypa/sampleproject", false)]
    public async Task VerifyPep740Async_ExpectedRepositoryShorthand_IsReadLikeInspectReadsIt(string expected, bool verified)
    {
        await using var services = Services(Production);

        var report = await services.GetRequiredService<IArtifactVerifier>().VerifyPep740Async(new Pep740VerifyRequest { DocumentPath = Provenance, Filename = Filename, Sha256 = Sha256, ExpectedRepository = expected });

        Assert.Equal(verified, report.Verified);
        Assert.Equal(verified ? null : "identity", report.Failure?.Stage);
    }

    [Fact]
    public async Task VerifyPep740Async_SingleAttestationWithoutPolicy_IsARequestError()
    {
        await using var services = Services(SharedData.PathOf("vectors/trusted_root/staging.trusted_root.json"));
        var request = new Pep740VerifyRequest
        {
            DocumentPath = SharedData.PathOf("vectors/pep740/staging-identity-rfc8785-0.1.2-wheel/attestation.json"),
            Filename = "rfc8785-0.1.2-py3-none-any.whl",
            Sha256 = "c4e92e9ecc828bef2aa7dba1de8ac983511f7532a0df11c770d39099a25cf201",
        };

        await Assert.ThrowsAsync<VerificationRequestException>(() => services.GetRequiredService<IArtifactVerifier>().VerifyPep740Async(request));
        var report = await services.GetRequiredService<IArtifactVerifier>().VerifyPep740Async(request with { Identity = "william@yossarian.net", Issuer = "https://github.com/login/oauth" });
        Assert.True(report.Verified);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    [InlineData("{\"mediaType\": \"application/vnd.dev.sigstore.bundle.v0.3+json\"}")]
    public async Task VerifyPep740Async_NotAPep740Document_IsInvalidInput(string json)
    {
        var path = Path.Combine(_scratch.FullName, "provenance.json");
        await File.WriteAllTextAsync(path, json);
        await using var services = Services(Production);

        var error = await Assert.ThrowsAsync<LocalDocumentException>(() => services.GetRequiredService<IArtifactVerifier>().VerifyPep740Async(new Pep740VerifyRequest { DocumentPath = path, Filename = Filename, Sha256 = Sha256 }));

        Assert.Contains("not a PEP 740 provenance object or attestation", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bdz")]
    [InlineData("9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3a")]
    public async Task VerifyPep740Async_Sha256NotSixtyFourHexDigits_IsARequestError(string sha256)
    {
        await using var services = Services(Production);

        await Assert.ThrowsAsync<VerificationRequestException>(() => services.GetRequiredService<IArtifactVerifier>().VerifyPep740Async(new Pep740VerifyRequest { DocumentPath = Provenance, Filename = Filename, Sha256 = sha256 }));
    }

    [Fact]
    public async Task VerifyBundleAsync_ConformanceHappyPath_IsVerifiedForTheArtifactFileAndItsDigest()
    {
        await using var services = Services(Production);
        var verifier = services.GetRequiredService<IArtifactVerifier>();
        var bundle = SharedData.PathOf("vectors/conformance/bundle-verify/happy-path-v0.3/bundle.sigstore.json");
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(Artifact)));

        var byFile = await verifier.VerifyBundleAsync(new BundleVerifyRequest { BundlePath = bundle, ArtifactPath = Artifact, Identity = ConformanceIdentity, Issuer = ConformanceIssuer });
        var byDigest = await verifier.VerifyBundleAsync(new BundleVerifyRequest { BundlePath = bundle, ArtifactSha256 = digest, Identity = ConformanceIdentity, Issuer = ConformanceIssuer });
        var otherArtifact = await verifier.VerifyBundleAsync(new BundleVerifyRequest { BundlePath = bundle, ArtifactSha256 = new string('1', 64), Identity = ConformanceIdentity, Issuer = ConformanceIssuer });

        Assert.True(byFile.Verified);
        Assert.True(byDigest.Verified);
        Assert.Equal(digest, byFile.Distribution.Sha256);
        Assert.False(otherArtifact.Verified);
    }

    [Fact]
    public async Task VerifyBundleAsync_DsseBundleForAnotherArtifact_FailsAtTheSubjectStage()
    {
        var folder = SharedData.PathOf("vectors/conformance/bundle-verify/rekor2-dsse-happy-path");
        await using var services = Services(Path.Combine(folder, "trusted_root.json"));
        var verifier = services.GetRequiredService<IArtifactVerifier>();
        var request = new BundleVerifyRequest { BundlePath = Path.Combine(folder, "bundle.sigstore.json"), ArtifactPath = Artifact, Identity = ConformanceIdentity, Issuer = ConformanceIssuer };

        var right = await verifier.VerifyBundleAsync(request);
        var wrong = await verifier.VerifyBundleAsync(request with { ArtifactPath = null, ArtifactSha256 = new string('2', 64) });

        Assert.True(right.Verified, right.Failure?.Reason);
        Assert.False(wrong.Verified);
        Assert.Equal("subject", wrong.Failure!.Stage);
    }

    [Fact]
    public async Task VerifyBundleAsync_ArtifactAndDigestTogether_IsARequestError()
    {
        await using var services = Services(Production);

        await Assert.ThrowsAsync<VerificationRequestException>(() => services.GetRequiredService<IArtifactVerifier>().VerifyBundleAsync(new BundleVerifyRequest
        {
            BundlePath = SharedData.PathOf("vectors/conformance/bundle-verify/happy-path-v0.3/bundle.sigstore.json"),
            ArtifactPath = Artifact,
            ArtifactSha256 = new string('1', 64),
            Identity = ConformanceIdentity,
            Issuer = ConformanceIssuer,
        }));
    }

    [Fact]
    public async Task VerifyBundleAsync_KeyAndIdentityTogether_IsARequestError()
    {
        await using var services = Services(Production);

        var error = await Assert.ThrowsAsync<VerificationRequestException>(() => services.GetRequiredService<IArtifactVerifier>().VerifyBundleAsync(new BundleVerifyRequest
        {
            BundlePath = SharedData.PathOf("vectors/conformance/bundle-verify/managed-key-no-key_fail/bundle.sigstore.json"),
            ArtifactPath = Artifact,
            Identity = ConformanceIdentity,
            Issuer = ConformanceIssuer,
            KeyPath = "key.pub",
        }));

        Assert.Contains("not both", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(string trustedRoot)
    {
        var services = new ServiceCollection();
        services.AddTrustCheck().ConfigureSources(sources => sources.TrustedRootFile = trustedRoot);
        return services.BuildServiceProvider();
    }
}
