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
    public async Task VerifyBundle_ManagedKey_IsRefusedAsUnsupported()
    {
        var run = await CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", "x.json", "--key", "key.pub", "sha256:" + new string('0', 64));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("managed keys", run.Error, StringComparison.Ordinal);
    }
}
