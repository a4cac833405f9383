using TrustCheck.Evidence.PyPi;
using TrustCheck.Findings;
using TrustCheck.Providers.Metadata;
using TrustCheck.Signals;

namespace TrustCheck.Tests.Providers.Metadata;

public sealed class ReleaseMetadataProviderTests
{
    private readonly ReleaseMetadataProvider _provider = new();

    [Fact]
    public void Name_IsStable() => Assert.Equal("release-metadata", _provider.Name);

    [Fact]
    public async Task EvaluateAsync_UnremarkableRelease_HasNoFindings()
    {
        var signal = await Evaluate(new ReleaseEvidenceBuilder("demo", "1.0"));

        Assert.Equal("release-metadata", signal.Provider);
        Assert.Equal(SignalStatus.Completed, signal.Status);
        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_YankedReleaseWithReason_IsHighWithTheReason()
    {
        var signal = await Evaluate(new ReleaseEvidenceBuilder("demo", "1.0").WithInfo(i => i with { Yanked = true, YankedReason = "Compromised upload" }));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(MetadataCodes.ReleaseYanked, finding.Code);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal("Compromised upload", finding.Evidence["reason"]);
        Assert.Contains("Compromised upload", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_YankedReleaseWithoutReason_SaysSo()
    {
        var signal = await Evaluate(new ReleaseEvidenceBuilder("demo", "1.0").WithInfo(i => i with { Yanked = true }));

        var finding = Assert.Single(signal.Findings);
        Assert.False(finding.Evidence.ContainsKey("reason"));
        Assert.Contains("no reason", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_EveryFileYanked_IsAYankedRelease()
    {
        var builder = new ReleaseEvidenceBuilder("demo", "1.0")
            .WithFile("demo-1.0.tar.gz", yanked: true, yankedReason: "broken")
            .WithFile("demo-1.0-py3-none-any.whl", yanked: true, yankedReason: "broken");

        var finding = Assert.Single((await Evaluate(builder)).Findings);

        Assert.Equal(MetadataCodes.ReleaseYanked, finding.Code);
        Assert.Equal("broken", finding.Evidence["reason"]);
    }

    [Fact]
    public async Task EvaluateAsync_OneFileYanked_IsAMediumFileFinding()
    {
        var builder = new ReleaseEvidenceBuilder("demo", "1.0")
            .WithFile("demo-1.0.tar.gz")
            .WithFile("demo-1.0-py3-none-any.whl", yanked: true, yankedReason: "bad wheel");

        var finding = Assert.Single((await Evaluate(builder)).Findings);

        Assert.Equal(MetadataCodes.FileYanked, finding.Code);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal("demo-1.0-py3-none-any.whl", finding.Evidence["file"]);
        Assert.Equal("bad wheel", finding.Evidence["reason"]);
    }

    [Fact]
    public async Task EvaluateAsync_NoFiles_IsMediumAndNothingElseAboutFiles()
    {
        var signal = await Evaluate(new ReleaseEvidenceBuilder("demo", "1.0").WithoutFiles());

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(MetadataCodes.NoFiles, finding.Code);
        Assert.Equal(Severity.Medium, finding.Severity);
    }

    [Fact]
    public async Task EvaluateAsync_SourceOnly_IsLow()
    {
        var signal = await Evaluate(new ReleaseEvidenceBuilder("demo", "1.0").WithFile("demo-1.0.tar.gz", packageType: "sdist"));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(MetadataCodes.SourceOnly, finding.Code);
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Equal("demo-1.0.tar.gz", finding.Evidence["files"]);
    }

    [Fact]
    public async Task EvaluateAsync_WheelsOnly_IsInfo()
    {
        var builder = new ReleaseEvidenceBuilder("demo", "1.0")
            .WithFile("demo-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl")
            .WithFile("demo-1.0-cp312-cp312-win_amd64.whl");

        var finding = Assert.Single((await Evaluate(builder)).Findings);

        Assert.Equal(MetadataCodes.NoSourceDistribution, finding.Code);
        Assert.Equal(Severity.Info, finding.Severity);
    }

    [Fact]
    public async Task EvaluateAsync_EggsOnly_IsLegacyFormatsOnly()
    {
        var builder = new ReleaseEvidenceBuilder("demo", "1.0")
            .WithFile("demo-1.0-py2.7.egg", packageType: "bdist_egg")
            .WithFile("demo-1.0.win32.exe");

        var finding = Assert.Single((await Evaluate(builder)).Findings);

        Assert.Equal(MetadataCodes.LegacyFormatsOnly, finding.Code);
        Assert.Equal(Severity.Low, finding.Severity);
    }

    [Theory]
    [InlineData(">=3.13", "3.12")]
    [InlineData("<3.12", "3.12")]
    [InlineData("!=3.12.*", "3.12")]
    [InlineData(">=3.12.1", "3.12")] // pip compares 3.12 as 3.12.0
    [InlineData(">=2.7, <3", "3.12")]
    [InlineData(">=3.8", "2.7")]
    public async Task EvaluateAsync_RequiresPythonExcludingTheTarget_IsMedium(string requiresPython, string target)
    {
        var signal = await _provider.EvaluateAsync(new ReleaseEvidenceBuilder("demo", "1.0").WithInfo(i => i with { RequiresPython = requiresPython }).BuildContext(targetPython: target));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(MetadataCodes.RequiresPythonExcludesTarget, finding.Code);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(requiresPython, finding.Evidence["requiresPython"]);
        Assert.Equal(target, finding.Evidence["targetPython"]);
    }

    [Theory]
    [InlineData(">=3.8", "3.12")]
    [InlineData(">=3.12.1", "3.12.4")]
    [InlineData("~=3.12", "3.12")]
    [InlineData("==3.12.*", "3.12")]
    [InlineData(">=3.12", "3.12")]
    [InlineData("", "3.12")]
    public async Task EvaluateAsync_RequiresPythonAdmittingTheTarget_IsSilent(string requiresPython, string target)
    {
        var signal = await _provider.EvaluateAsync(new ReleaseEvidenceBuilder("demo", "1.0").WithInfo(i => i with { RequiresPython = requiresPython }).BuildContext(targetPython: target));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_PerFileRequiresPython_ExcludesOnlyWhenEveryFileDoes()
    {
        var allExcluded = new ReleaseEvidenceBuilder("demo", "1.0")
            .WithFile("demo-1.0.tar.gz", requiresPython: ">=3.13")
            .WithFile("demo-1.0-py3-none-any.whl", requiresPython: ">=3.13");
        var oneOpen = new ReleaseEvidenceBuilder("demo", "1.0")
            .WithFile("demo-1.0.tar.gz")
            .WithFile("demo-1.0-py3-none-any.whl", requiresPython: ">=3.13");

        Assert.Equal(MetadataCodes.RequiresPythonExcludesTarget, Assert.Single((await Evaluate(allExcluded)).Findings).Code);
        Assert.Empty((await Evaluate(oneOpen)).Findings);
    }

    [Fact]
    public async Task EvaluateAsync_InvalidRequiresPython_IsLowAndIgnoredLikeInstallersDo()
    {
        var signal = await Evaluate(new ReleaseEvidenceBuilder("demo", "1.0").WithInfo(i => i with { RequiresPython = ">=3.6.*" }));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(MetadataCodes.InvalidRequiresPython, finding.Code);
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Equal(">=3.6.*", finding.Evidence["requiresPython"]);
    }

    [Theory]
    [InlineData("quarantined", Severity.High)]
    [InlineData("archived", Severity.Medium)]
    [InlineData("deprecated", Severity.Low)]
    [InlineData("frozen", Severity.Low)]
    public async Task EvaluateAsync_ProjectStatus_HasTheStatusSeverity(string status, Severity severity)
    {
        var signal = await Evaluate(new ReleaseEvidenceBuilder("demo", "1.0").WithStatus(status, "see the announcement"));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(MetadataCodes.ProjectStatus, finding.Code);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(status, finding.Evidence["status"]);
        Assert.Equal("see the announcement", finding.Evidence["reason"]);
    }

    [Theory]
    [InlineData("active")]
    [InlineData(null)]
    public async Task EvaluateAsync_ActiveOrUnknownProjectStatus_IsSilent(string? status)
    {
        var signal = await Evaluate(new ReleaseEvidenceBuilder("demo", "1.0").WithStatus(status));

        Assert.Empty(signal.Findings);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(71.9, true)]
    [InlineData(72, false)]
    [InlineData(500, false)]
    [InlineData(-5, true)] // uploaded "after" the inspection: clock skew counts as new
    public async Task EvaluateAsync_ReleaseAge_ReportsReleasesYoungerThan72Hours(double hoursOld, bool reported)
    {
        var now = ReleaseEvidenceBuilder.DefaultUpload.AddHours(hoursOld);

        var signal = await _provider.EvaluateAsync(new ReleaseEvidenceBuilder("demo", "1.0").BuildContext(now));

        Assert.Equal(reported, signal.Findings.Any(f => f.Code == MetadataCodes.VeryNewRelease));
        if (reported)
        {
            var finding = Assert.Single(signal.Findings);
            Assert.Equal(Severity.Low, finding.Severity);
            Assert.Equal("2024-01-10T12:00:00.0000000+00:00", finding.Evidence["firstUpload"]);
            Assert.Equal("72", finding.Evidence["windowHours"]);
        }
    }

    [Fact]
    public async Task EvaluateAsync_ReleaseAge_CountsFromTheFirstUpload()
    {
        var builder = new ReleaseEvidenceBuilder("demo", "1.0")
            .WithFile("demo-1.0.tar.gz", uploaded: ReleaseEvidenceBuilder.DefaultUpload)
            .WithFile("demo-1.0-py3-none-any.whl", uploaded: ReleaseEvidenceBuilder.DefaultUpload.AddDays(10));

        var signal = await _provider.EvaluateAsync(builder.BuildContext(ReleaseEvidenceBuilder.DefaultUpload.AddDays(11)));

        Assert.Empty(signal.Findings);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("UNKNOWN", null, false)]
    [InlineData("  ", null, false)]
    [InlineData("BSD", null, true)]
    [InlineData(null, "Apache-2.0", true)]
    public async Task EvaluateAsync_LicenseFields_DecideMissingLicense(string? license, string? expression, bool hasLicense)
    {
        var signal = await Evaluate(new ReleaseEvidenceBuilder("demo", "1.0").WithInfo(i => i with { License = license, LicenseExpression = expression }));

        Assert.Equal(hasLicense, signal.Findings.Count == 0);
        if (!hasLicense)
        {
            var finding = Assert.Single(signal.Findings);
            Assert.Equal(MetadataCodes.MissingLicense, finding.Code);
            Assert.Equal(Severity.Low, finding.Severity);
        }
    }

    [Fact]
    public async Task EvaluateAsync_LicenseClassifierOnly_HasALicense()
    {
        var signal = await Evaluate(new ReleaseEvidenceBuilder("demo", "1.0")
            .WithInfo(i => i with { LicenseExpression = null, Classifiers = ["Programming Language :: Python", "License :: OSI Approved :: MIT License"] }));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_LicenseFilesWithoutAnyLicenseField_AreNamedInTheEvidence()
    {
        var signal = await Evaluate(new ReleaseEvidenceBuilder("demo", "1.0").WithInfo(i => i with { LicenseExpression = null, LicenseFiles = ["LICENSE.txt"] }));

        Assert.Equal("LICENSE.txt", Assert.Single(signal.Findings).Evidence["licenseFiles"]);
    }

    [Fact]
    public async Task EvaluateAsync_SeveralFindings_AreOrderedWorstFirst()
    {
        var builder = new ReleaseEvidenceBuilder("demo", "1.0")
            .WithInfo(i => i with { Yanked = true, LicenseExpression = null })
            .WithStatus("archived")
            .WithFile("demo-1.0-py3-none-any.whl");

        var signal = await Evaluate(builder);

        Assert.Equal([MetadataCodes.ReleaseYanked, MetadataCodes.ProjectStatus, MetadataCodes.MissingLicense, MetadataCodes.NoSourceDistribution], signal.Findings.Select(f => f.Code));
        Assert.Equal(signal.Findings.OrderByDescending(f => f.Severity).Select(f => f.Severity), signal.Findings.Select(f => f.Severity));
    }

    [Fact]
    public async Task EvaluateAsync_EvidenceWithoutVerifiedFiles_UsesTheJsonApiFiles()
    {
        var built = new ReleaseEvidenceBuilder("demo", "1.0").Build();
        var evidence = built with
        {
            Files = [],
            Release = built.Release with { Files = [new PyPiFile { Filename = "demo-1.0.tar.gz", PackageType = "sdist", UploadTime = ReleaseEvidenceBuilder.DefaultUpload }] },
        };
        var context = new ReleaseEvidenceBuilder("demo", "1.0").BuildContext() with { Evidence = evidence };

        var signal = await _provider.EvaluateAsync(context);

        Assert.Equal(MetadataCodes.SourceOnly, Assert.Single(signal.Findings).Code);
    }

    [Fact]
    public async Task EvaluateAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _provider.EvaluateAsync(new ReleaseEvidenceBuilder("demo", "1.0").BuildContext(), cancellation.Token));
    }

    private Task<Signal> Evaluate(ReleaseEvidenceBuilder builder) => _provider.EvaluateAsync(builder.BuildContext());
}
