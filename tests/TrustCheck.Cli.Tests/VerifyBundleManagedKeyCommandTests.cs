using System.Text;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Pki;

namespace TrustCheck.Cli.Tests;

/// <summary>
/// <c>sigstore verify-bundle --key</c> end to end: bundles signed with managed keys and logged by the TestKit's
/// private Sigstore instance, verified through the command line against that instance's trusted root.
/// </summary>
public sealed class VerifyBundleManagedKeyCommandTests : IDisposable
{
    private static readonly byte[] Artifact = Encoding.UTF8.GetBytes("artifact for verify-bundle --key\n");
    private readonly TestSigstore _sigstore = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly TemporaryDirectory _directory = new();

    public void Dispose()
    {
        _directory.Dispose();
        _sigstore.Dispose();
    }

    [Theory]
    [InlineData(TestKeyType.EcdsaP256, false)]
    [InlineData(TestKeyType.EcdsaP384, false)]
    [InlineData(TestKeyType.Ed25519, false)]
    [InlineData(TestKeyType.RsaPkcs1, false)]
    [InlineData(TestKeyType.RsaPss, false)]
    [InlineData(TestKeyType.EcdsaP256, true)]
    [InlineData(TestKeyType.Ed25519, true)]
    public async Task VerifyBundle_WithTheSigningKey_PrintsOkAndExits0(TestKeyType type, bool dsse)
    {
        using var key = new TestSigningKey(type);

        var run = await RunAsync(TestKeyBundles.Mint(_sigstore, key, Artifact, new TestKeyBundleOptions { Dsse = dsse }), key);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal("OK", run.Output.Trim());
    }

    [Fact]
    public async Task VerifyBundle_DigestArgumentWithEcdsaKey_Verifies()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        var bundle = _directory.File("bundle.json", Encoding.UTF8.GetBytes(TestKeyBundles.Mint(_sigstore, key, Artifact)));

        var run = await CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", bundle, "--key", KeyFile(key), "--trusted-root", RootFile(),
            "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Artifact)));

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task VerifyBundle_AnotherKey_Exits4NamingTheHint()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        using var other = new TestSigningKey(TestKeyType.EcdsaP256);

        var run = await RunAsync(TestKeyBundles.Mint(_sigstore, key, Artifact), other);

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("FAIL identity: the bundle's key hint", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyBundle_SignatureByAnotherKey_Exits4AtSignature()
    {
        using var key = new TestSigningKey(TestKeyType.Ed25519);
        using var other = new TestSigningKey(TestKeyType.Ed25519);

        var run = await RunAsync(TestKeyBundles.Mint(_sigstore, key, Artifact, new TestKeyBundleOptions { SignedBy = other, Dsse = true }), key);

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("FAIL signature:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyBundle_LogBodyWithAnotherKey_Exits4AtLogBody()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        using var other = new TestSigningKey(TestKeyType.EcdsaP256);

        var run = await RunAsync(TestKeyBundles.Mint(_sigstore, key, Artifact, new TestKeyBundleOptions { LoggedKey = other }), key);

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("FAIL log-body: the logged public key differs", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyBundle_NoTlogEntry_Exits4AtBundle()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);

        var run = await RunAsync(TestKeyBundles.Mint(_sigstore, key, Artifact, new TestKeyBundleOptions { WithoutTlogEntry = true }), key);

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("FAIL bundle: the bundle has 0 transparency-log entries", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyBundle_CertificateBundleWithKey_Exits4AtBundle()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        var folder = SharedData.PathOf("vectors/conformance/bundle-verify/happy-path-v0.3");

        var run = await CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", Path.Combine(folder, "bundle.sigstore.json"), "--key", KeyFile(key),
            "--trusted-root", SharedData.PathOf("vectors/trusted_root/production.trusted_root.json"), SharedData.PathOf("vectors/conformance/bundle-verify/a.txt"));

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("FAIL bundle: the bundle carries a signing certificate, but a public key was given", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyBundle_KeyBundleWithIdentityFlags_Exits4AtBundle()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        var bundle = _directory.File("bundle.json", Encoding.UTF8.GetBytes(TestKeyBundles.Mint(_sigstore, key, Artifact)));

        var run = await CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", bundle, "--certificate-identity", "someone@example.com",
            "--certificate-oidc-issuer", "https://issuer.example", "--trusted-root", RootFile(), _directory.File("artifact", Artifact));

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("FAIL bundle: the bundle is signed with a managed key", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a key")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")]
    public async Task VerifyBundle_KeyFileNotAPublicKey_IsInvalidInput(string content)
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        var bundle = _directory.File("bundle.json", Encoding.UTF8.GetBytes(TestKeyBundles.Mint(_sigstore, key, Artifact)));

        var run = await CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", bundle, "--key", _directory.File("bad.pub", Encoding.UTF8.GetBytes(content)),
            "--trusted-root", RootFile(), _directory.File("artifact", Artifact));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("is not usable", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyBundle_KeyFileMissing_IsAUsageError()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        var bundle = _directory.File("bundle.json", Encoding.UTF8.GetBytes(TestKeyBundles.Mint(_sigstore, key, Artifact)));

        var run = await CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", bundle, "--key", Path.Combine(_directory.Path, "missing.pub"),
            "--trusted-root", RootFile(), _directory.File("artifact", Artifact));

        Assert.Equal(2, run.ExitCode);
    }

    private Task<CliRun> RunAsync(string bundleJson, TestSigningKey verifyWith)
    {
        var bundle = _directory.File("bundle.json", Encoding.UTF8.GetBytes(bundleJson));
        return CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", bundle, "--key", KeyFile(verifyWith), "--trusted-root", RootFile(),
            _directory.File("artifact", Artifact));
    }

    private string KeyFile(TestSigningKey key) => _directory.File("key.pub", Encoding.ASCII.GetBytes(key.PublicKeyPem));

    private string RootFile() => _directory.File("trusted_root.json", _sigstore.TrustedRootJson());
}
