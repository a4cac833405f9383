using System.Text.Json;
using TrustCheck.TestKit;

namespace TrustCheck.Cli.Tests;

public sealed class VerifyCommandTests : IDisposable
{
    private const string Filename = "pypi_attestations-0.0.19.tar.gz";
    private const string Sha256 = "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3";
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("trustcheck-cli-");

    private static string Production => SharedData.PathOf("vectors/trusted_root/production.trusted_root.json");

    private static string Staging => SharedData.PathOf("vectors/trusted_root/staging.trusted_root.json");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public async Task Verify_RealProvenance_ExitsZeroAndSaysVerified()
    {
        var run = await CliRun.InvokeAsync("verify", "--provenance", Case("gh-provenance-pypi-attestations-0.0.19", "provenance.json"), "--filename", Filename, "--sha256", Sha256, "--trusted-root", Production);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("VERIFIED", run.Output, StringComparison.Ordinal);
        Assert.Contains("GitHub trailofbits/pypi-attestations release.yml", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_JsonFormat_WritesTheReportContract()
    {
        var run = await CliRun.InvokeAsync("verify", "--provenance", Case("gh-provenance-publish-plus-slsa-pypi-attestations-0.0.19", "provenance.json"), "--filename", Filename, "--sha256", Sha256, "--trusted-root", Production, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("1.0", report.GetProperty("schemaVersion").GetString());
        Assert.True(report.GetProperty("verified").GetBoolean());
        var attestations = report.GetProperty("attestations").EnumerateArray().ToList();
        Assert.Equal(2, attestations.Count);
        Assert.All(attestations, a => Assert.Equal("verified", a.GetProperty("status").GetString()));
        Assert.Equal(
            ["https://docs.pypi.org/attestations/publish/v1", "https://slsa.dev/provenance/v1"],
            attestations.Select(a => a.GetProperty("statement").GetProperty("predicateType").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("GitHub", attestations[0].GetProperty("publisher").GetProperty("kind").GetString());
        Assert.Equal(Filename, attestations[0].GetProperty("statement").GetProperty("subject")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, attestations[0].GetProperty("failure").ValueKind);
    }

    [Fact]
    public async Task Verify_TrustedRootFileMissing_IsAUsageError()
    {
        var missing = Path.Combine(_scratch.FullName, "absent.trusted_root.json");

        var run = await CliRun.InvokeAsync("verify", "--provenance", Case("gh-provenance-pypi-attestations-0.0.19", "provenance.json"), "--filename", Filename, "--sha256", Sha256, "--trusted-root", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TrustedRootFileNotATrustedRoot_IsInvalidDataNamingTheFile()
    {
        var garbage = Path.Combine(_scratch.FullName, "garbage.trusted_root.json");
        await File.WriteAllTextAsync(garbage, """{ "mediaType": "not a trusted root" }""");

        var run = await CliRun.InvokeAsync("verify", "--provenance", Case("gh-provenance-pypi-attestations-0.0.19", "provenance.json"), "--filename", Filename, "--sha256", Sha256, "--trusted-root", garbage);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("garbage.trusted_root.json", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("VERIFIED", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TamperedPromise_ExitsFourAndNamesTheStage()
    {
        var run = await CliRun.InvokeAsync("verify", "--provenance", Case("fail-tampered-set", "provenance.json"), "--filename", Filename, "--sha256", Sha256, "--trusted-root", Production, "--format", "json");

        Assert.Equal(4, run.ExitCode);
        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.False(report.GetProperty("verified").GetBoolean());
        Assert.Equal("inclusion-promise", report.GetProperty("failure").GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Verify_DistributionFileWithOtherBytes_HashesItAndFailsOnTheSubject()
    {
        var file = Path.Combine(_scratch.FullName, Filename);
        await File.WriteAllTextAsync(file, "not the real sdist");

        var run = await CliRun.InvokeAsync("verify", file, "--provenance", Case("gh-provenance-pypi-attestations-0.0.19", "provenance.json"), "--trusted-root", Production, "--format", "json");

        Assert.Equal(4, run.ExitCode);
        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("not the real sdist"u8)), report.GetProperty("distribution").GetProperty("sha256").GetString());
        Assert.Equal("subject", report.GetProperty("failure").GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Verify_SingleAttestationWithIdentity_Verifies()
    {
        var run = await CliRun.InvokeAsync("verify", "--provenance", Case("staging-identity-rfc8785-0.1.2-wheel", "attestation.json"), "--filename", "rfc8785-0.1.2-py3-none-any.whl",
            "--sha256", "c4e92e9ecc828bef2aa7dba1de8ac983511f7532a0df11c770d39099a25cf201", "--identity", "william@yossarian.net", "--issuer", "https://github.com/login/oauth", "--trusted-root", Staging);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Verify_SingleAttestationWithoutPolicy_IsAUsageError()
    {
        var run = await CliRun.InvokeAsync("verify", "--provenance", Case("staging-identity-rfc8785-0.1.2-wheel", "attestation.json"), "--filename", "rfc8785-0.1.2-py3-none-any.whl",
            "--sha256", "c4e92e9ecc828bef2aa7dba1de8ac983511f7532a0df11c770d39099a25cf201", "--trusted-root", Staging);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--identity", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--filename", Filename)]
    [InlineData("--identity", "someone")]
    [InlineData("--expected-repo", "https://example.com/a/b")]
    public async Task Verify_IncompleteOptions_AreUsageErrors(string option, string value)
    {
        string[] args = option == "--filename"
            ? ["verify", "--provenance", Case("gh-provenance-pypi-attestations-0.0.19", "provenance.json"), option, value, "--trusted-root", Production]
            : ["verify", "--provenance", Case("gh-provenance-pypi-attestations-0.0.19", "provenance.json"), "--filename", Filename, "--sha256", Sha256, option, value, "--trusted-root", Production];

        var run = await CliRun.InvokeAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ExpectedRepositoryContradicted_ExitsFour()
    {
        var run = await CliRun.InvokeAsync("verify", "--provenance", Case("gh-provenance-pypi-attestations-0.0.19", "provenance.json"), "--filename", Filename, "--sha256", Sha256,
            "--expected-repo", "https://github.com/pypa/sampleproject", "--trusted-root", Production);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("failed at identity", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ProvenanceNotJson_ExitsThree()
    {
        var file = Path.Combine(_scratch.FullName, "broken.json");
        await File.WriteAllTextAsync(file, "{ not json");

        var run = await CliRun.InvokeAsync("verify", "--provenance", file, "--filename", Filename, "--sha256", Sha256, "--trusted-root", Production);

        Assert.Equal(3, run.ExitCode);
    }

    [Theory]
    [InlineData("trailofbits/pypi-attestations", 0)]
    [InlineData("github.com/trailofbits/pypi-attestations", 0)]
    [InlineData("https://github.com/trailofbits/pypi-attestations.git", 0)]
    [InlineData("https://github.com/trailofbits/pypi-attestations", 0)]
    [InlineData("pypa/sampleproject", 4)]
    public async Task Verify_ExpectedRepositoryInEveryFormInspectTakes_IsProvenOrContradicted(string expected, int exitCode)
    {
        var run = await CliRun.InvokeAsync("verify", "--provenance", Case("gh-provenance-pypi-attestations-0.0.19", "provenance.json"), "--filename", Filename, "--sha256", Sha256,
            "--expected-repo", expected, "--trusted-root", Production);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task Verify_SdistNamedWithAnotherArchiveExtension_FailsAtTheSubject()
    {
        var run = await CliRun.InvokeAsync("verify", "--provenance", Case("gh-provenance-pypi-attestations-0.0.19", "provenance.json"), "--filename", "pypi_attestations-0.0.19.zip",
            "--sha256", Sha256, "--trusted-root", Production, "--format", "json");

        Assert.Equal(4, run.ExitCode);
        Assert.Equal("subject", System.Text.Json.JsonDocument.Parse(run.Output).RootElement.GetProperty("failure").GetProperty("stage").GetString());
    }

    private static string Case(string name, string file) => SharedData.PathOf($"vectors/pep740/{name}/{file}");
}
