using TrustCheck.TestKit;
using TrustCheck.TestKit.Files;

namespace TrustCheck.Cli.Tests;

/// <summary>
/// Files someone handed the tool: a FIFO with no writer, an endless device, a huge file, a directory, bytes that are
/// not UTF-8, JSON that is not PEP 740. Each ends quickly with exit 3 and one clear line, never a hang, an
/// out-of-memory or a stack trace.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Filename = "pypi_attestations-0.0.19.tar.gz";
    private const string Sha256 = "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3";
    private const string Identity = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";
    private const string Issuer = "https://token.actions.githubusercontent.com";

    // Generous for a loaded CI machine; a hang is forever, and the point is that nothing waits on the file.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("trustcheck-hostile-");

    public static TheoryData<string> Inputs => ["--provenance", "--bundle", "--trusted-root"];

    private static string Production => SharedData.PathOf("vectors/trusted_root/production.trusted_root.json");

    private static string Provenance => SharedData.PathOf("vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json");

    private static string Bundle => SharedData.PathOf("vectors/conformance/bundle-verify/happy-path-v0.3/bundle.sigstore.json");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Input_FifoWithoutWriter_FailsFastWithExit3(string option)
    {
        var fifo = HostileFiles.CreateFifo(Path.Combine(_scratch.FullName, "fifo.json"));

        var run = await RunWith(option, fifo).WaitAsync(HangLimit);

        AssertRejected(run, "not a regular file");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Input_EndlessDevice_FailsFastWithExit3(string option)
    {
        var run = await RunWith(option, HostileFiles.EndlessDevice).WaitAsync(HangLimit);

        AssertRejected(run, "not a regular file");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Input_LargerThanItsLimit_IsRefusedBeforeReading(string option)
    {
        var huge = HostileFiles.CreateSparse(Path.Combine(_scratch.FullName, "huge.json"), 64L * 1024 * 1024 * 1024);

        var run = await RunWith(option, huge).WaitAsync(HangLimit);

        AssertRejected(run, "larger than");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Input_Directory_IsRefused(string option)
    {
        var run = await RunWith(option, _scratch.FullName).WaitAsync(HangLimit);

        AssertRejected(run, "is a directory");
    }

    [Fact]
    public async Task VerifyDistribution_Fifo_IsNotHashedForever()
    {
        var fifo = HostileFiles.CreateFifo(Path.Combine(_scratch.FullName, Filename));

        var run = await CliRun.InvokeAsync("verify", fifo, "--provenance", Provenance, "--trusted-root", Production).WaitAsync(HangLimit);

        AssertRejected(run, "not a regular file");
    }

    [Fact]
    public async Task VerifyBundleArtifact_EndlessDevice_IsNotHashedForever()
    {
        var run = await CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", Bundle, "--certificate-identity", Identity,
            "--certificate-oidc-issuer", Issuer, "--trusted-root", Production, HostileFiles.EndlessDevice).WaitAsync(HangLimit);

        AssertRejected(run, "not a regular file");
    }

    [Theory]
    [InlineData("--provenance", "release.yml")]
    [InlineData("--bundle", "mediaType")]
    [InlineData("--trusted-root", "https://rekor.sigstore.dev")]
    public async Task Input_InvalidUtf8InsideAJsonString_IsInvalidDataInOneLine(string option, string insideAString)
    {
        var source = option switch { "--provenance" => Provenance, "--bundle" => Bundle, _ => Production };
        var mutated = Path.Combine(_scratch.FullName, "mutated.json");
        await File.WriteAllBytesAsync(mutated, HostileFiles.WithInvalidUtf8(await File.ReadAllBytesAsync(source), insideAString));

        var run = await RunWith(option, mutated);

        Assert.Equal(3, run.ExitCode);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        AssertOneLineWithoutStackTrace(run);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"attestation_bundles\": []}]")]
    [InlineData("null")]
    [InlineData("\"a string\"")]
    [InlineData("42")]
    [InlineData("{\"version\": 1}")]
    public async Task Verify_ProvenanceThatIsNotAPep740Object_IsInvalidData(string json)
    {
        var file = Path.Combine(_scratch.FullName, "provenance.json");
        await File.WriteAllTextAsync(file, json);

        var run = await CliRun.InvokeAsync("verify", "--provenance", file, "--filename", Filename, "--sha256", Sha256, "--trusted-root", Production);

        AssertRejected(run, "not a PEP 740 provenance object or attestation");
        Assert.DoesNotContain("names no publisher", run.Error, StringComparison.Ordinal);
    }

    private static void AssertRejected(CliRun run, string reason)
    {
        Assert.Equal(3, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("VERIFIED", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("OK", run.Output, StringComparison.Ordinal);
        AssertOneLineWithoutStackTrace(run);
    }

    private static void AssertOneLineWithoutStackTrace(CliRun run)
    {
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Task<CliRun> RunWith(string option, string path) => option switch
    {
        "--provenance" => CliRun.InvokeAsync("verify", "--provenance", path, "--filename", Filename, "--sha256", Sha256, "--trusted-root", Production),
        "--bundle" => CliRun.InvokeAsync("sigstore", "verify-bundle", "--bundle", path, "--certificate-identity", Identity, "--certificate-oidc-issuer", Issuer,
            "--trusted-root", Production, "sha256:" + new string('0', 64)),
        _ => CliRun.InvokeAsync("verify", "--provenance", Provenance, "--filename", Filename, "--sha256", Sha256, "--trusted-root", path),
    };
}
