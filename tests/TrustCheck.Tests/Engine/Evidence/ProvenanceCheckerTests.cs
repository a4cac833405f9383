using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Diagnostics;
using TrustCheck.Engine.Evidence;
using TrustCheck.Evidence.Release;
using TrustCheck.TestKit;

namespace TrustCheck.Tests.Engine.Evidence;

public sealed class ProvenanceCheckerTests : IDisposable
{
    private const string Filename = "pypi_attestations-0.0.19.tar.gz";
    private const string Sha256 = "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3";
    private readonly TrustedRoot _root;
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly TrustCheckMetrics _metrics;
    private readonly byte[] _provenance = File.ReadAllBytes(SharedData.PathOf("vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json"));

    public ProvenanceCheckerTests()
    {
        TrustedRoot.TryParse(File.ReadAllBytes(SharedData.PathOf("vectors/trusted_root/production.trusted_root.json")), out var root);
        _root = root!;
        _metrics = new TrustCheckMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
    }

    public void Dispose()
    {
        _root.Dispose();
        _services.Dispose();
    }

    [Theory]
    [InlineData(Sha256)]
    [InlineData("9BB1ADD04B1B4E182BE6B0B80931593F7A291EB49D69B4FD728A5D4CBCDC4BD3")]
    public void Check_PublishedDigestInEitherCase_Verifies(string published)
    {
        var result = new ProvenanceChecker(_root, _metrics).Check(_provenance, Filename, published, "test");

        Assert.Equal(ProvenanceOutcome.Verified, result.Outcome);
        Assert.Equal("trailofbits/pypi-attestations", result.Publisher!.Repository);
    }

    [Theory]
    [InlineData(null, "publishes no SHA-256")]
    [InlineData("", "publishes no SHA-256")]
    [InlineData("9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd", "not 64 hex digits")]
    [InlineData("9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bdg", "not 64 hex digits")]
    public void Check_PublishedDigestMissingOrNotHex_FailsAtTheSubject(string? published, string reason)
    {
        var result = new ProvenanceChecker(_root, _metrics).Check(_provenance, Filename, published, "test");

        Assert.Equal(ProvenanceOutcome.Failed, result.Outcome);
        Assert.Equal("subject", result.Failure!.Stage);
        Assert.Contains(reason, result.Failure.Reason, StringComparison.Ordinal);
    }
}
