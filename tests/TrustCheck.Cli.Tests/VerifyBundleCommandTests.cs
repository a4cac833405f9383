using TrustCheck.TestKit;

namespace TrustCheck.Cli.Tests;

public sealed class VerifyBundleCommandTests
{
    private const string Identity = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";
    private const string Issuer = "https://token.actions.githubusercontent.com";

    [Theory]
    [InlineData("happy-path-v0.3", 0)]
    [InlineData("signature-mismatch_fail", 4)]
    [InlineData("checkpoint-bad-keyhint_fail", 4)]
    public async Task VerifyBundle_ConformanceCase_ExitsAsTheProtocolExpects(string name, int expected)
    {
        var folder = SharedData.PathOf("vectors/conformance/bundle-verify/" + name);
        var artifact = File.Exists(Path.Combine(folder, "artifact")) ? Path.Combine(folder, "artifact") : SharedData.PathOf("vectors/conformance/bundle-verify/a.txt");

        var run = await CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", Path.Combine(folder, "bundle.sigstore.json"),
            "--certificate-identity", Identity, "--certificate-oidc-issuer", Issuer, "--trusted-root", SharedData.PathOf("vectors/trusted_root/production.trusted_root.json"), artifact);

        Assert.Equal(expected, run.ExitCode);
    }

    [Fact]
    public async Task VerifyBundle_DigestArgument_IsTheSameAsTheFile()
    {
        var folder = SharedData.PathOf("vectors/conformance/bundle-verify/happy-path-v0.3");
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(SharedData.PathOf("vectors/conformance/bundle-verify/a.txt"))));

        var run = await CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", Path.Combine(folder, "bundle.sigstore.json"),
            "--certificate-identity", Identity, "--certificate-oidc-issuer", Issuer, "--trusted-root", SharedData.PathOf("vectors/trusted_root/production.trusted_root.json"), "sha256:" + digest);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task VerifyBundle_KeyAndIdentityTogether_IsAUsageError()
    {
        var run = await CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", "x.json", "--key", "key.pub",
            "--certificate-identity", Identity, "--certificate-oidc-issuer", Issuer, "sha256:" + new string('0', 64));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("exclude each other", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyBundle_NeitherKeyNorIdentity_IsAUsageError()
    {
        var run = await CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", "x.json", "sha256:" + new string('0', 64));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--key", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyBundle_ConformanceManagedKeyCaseWithIdentity_FailsAtBundle()
    {
        var folder = SharedData.PathOf("vectors/conformance/bundle-verify/managed-key-no-key_fail");

        var run = await CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", Path.Combine(folder, "bundle.sigstore.json"),
            "--certificate-identity", Identity, "--certificate-oidc-issuer", Issuer, "--trusted-root", SharedData.PathOf("vectors/trusted_root/production.trusted_root.json"),
            SharedData.PathOf("vectors/conformance/bundle-verify/a.txt"));

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("FAIL bundle: the bundle is signed with a managed key", run.Output, StringComparison.Ordinal);
    }
}
