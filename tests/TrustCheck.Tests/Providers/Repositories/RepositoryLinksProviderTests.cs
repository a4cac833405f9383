using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Providers.Repositories;
using TrustCheck.Signals;
using static TrustCheck.Tests.Providers.EvidenceFixtures;

namespace TrustCheck.Tests.Providers.Repositories;

public sealed class RepositoryLinksProviderTests
{
    private readonly RepositoryLinksProvider _provider = new();

    [Fact]
    public async Task EvaluateAsync_RealSampleprojectMetadataAndVerifiedFiles_ReportsVerifiedDetailsOnly()
    {
        var evidence = Sample() with { Release = ReadSampleRelease() };

        var signal = await _provider.EvaluateAsync(Context(evidence));

        Assert.Equal("repository-links", signal.Provider);
        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC4001", Severity.Info), (finding.Code, finding.Severity));
        Assert.Contains("Bug Reports, Homepage, Source", finding.Message, StringComparison.Ordinal);
        Assert.Equal(SampleRepositoryUri, finding.Evidence["attested.repository"]);
        Assert.Equal($"{Wheel}, {Sdist}", finding.Evidence["attested.files"]);
        Assert.Equal("https://github.com/pypa/sampleproject/", finding.Evidence["claimed.project_urls.source"]);
        Assert.Equal("https://github.com/pypa/sampleproject/issues", finding.Evidence["claimed.project_urls.bugreports"]);
        Assert.False(finding.Evidence.ContainsKey("claimed.project_urls.funding"));
    }

    [Fact]
    public async Task EvaluateAsync_TwoLabelsNormalisingAlike_KeepsBothClaimsInEvidence()
    {
        var evidence = Sample(info: Info(new Dictionary<string, string>
        {
            ["Home-Page"] = "https://github.com/pypa/sampleproject",
            ["homepage"] = "https://github.com/pypa/sampleproject/",
        }));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal("https://github.com/pypa/sampleproject", finding.Evidence["claimed.project_urls.homepage"]);
        Assert.Equal("https://github.com/pypa/sampleproject/", finding.Evidence["claimed.project_urls.homepage.2"]);
    }

    [Fact]
    public async Task EvaluateAsync_HomePageOnGitHubPages_IsVerified()
    {
        var evidence = Sample(info: Info(new Dictionary<string, string>(), homePage: "https://pypa.github.io/sampleproject/"));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal("TC4001", finding.Code);
        Assert.Equal("https://pypa.github.io/sampleproject/", finding.Evidence["claimed.home_page"]);
    }

    [Fact]
    public async Task EvaluateAsync_HomePageOnOrganizationPagesSite_DoesNotContradict()
    {
        var evidence = Sample(info: Info(new Dictionary<string, string>
        {
            ["Homepage"] = "https://pypa.github.io/",
            ["Source"] = "https://github.com/pypa/sampleproject",
        }));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        Assert.Equal(["TC4001"], signal.Findings.Select(f => f.Code));
    }

    [Fact]
    public async Task EvaluateAsync_PlainHttpSourceLink_MatchesButNotesPyPiWouldNotVerify()
    {
        var evidence = Sample(info: Info(new Dictionary<string, string> { ["Source"] = "http://github.com/pypa/sampleproject" }));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal("TC4001", finding.Code);
        Assert.Equal("Source", finding.Evidence["claimed.notHttps"]);
        Assert.Contains("not an https:// link", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_SourceClaimsAnotherRepository_ReportsClaimVersusProof()
    {
        var evidence = Sample(info: Info(new Dictionary<string, string>
        {
            ["Source"] = "https://github.com/psf/requests",
            ["Issues"] = "https://github.com/psf/requests/issues",
            ["Funding"] = "https://github.com/sponsors/psf",
            ["Documentation"] = "https://github.com/pypa/packaging.python.org",
        }));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC4002", Severity.Medium), (finding.Code, finding.Severity));
        Assert.Equal("https://github.com/psf/requests", finding.Evidence["claimed.repository"]);
        Assert.Equal(SampleRepositoryUri, finding.Evidence["attested.repository"]);
        Assert.Equal("https://github.com/psf/requests", finding.Evidence["claimed.project_urls.source"]);
        Assert.Equal("https://github.com/psf/requests/issues", finding.Evidence["claimed.project_urls.issues"]);
        Assert.Contains("metadata claims https://github.com/psf/requests", finding.Message, StringComparison.Ordinal);
        Assert.Contains("attestations prove", finding.Message, StringComparison.Ordinal);
        Assert.NotNull(finding.Remediation);
    }

    [Fact]
    public async Task EvaluateAsync_SomeLinksMatchAndOneContradicts_ReportsBoth()
    {
        var evidence = Sample(info: Info(new Dictionary<string, string>
        {
            ["Source"] = "https://github.com/pypa/sampleproject",
            ["Homepage"] = "https://gitlab.com/mallory/sampleproject",
        }));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        Assert.Equal(["TC4001", "TC4002"], signal.Findings.Select(f => f.Code));
        Assert.Equal("https://gitlab.com/mallory/sampleproject", signal.Findings[1].Evidence["claimed.repository"]);
    }

    [Fact]
    public async Task EvaluateAsync_NoVerifiedAttestation_NeitherVerifiesNorContradicts()
    {
        var evidence = Sample(SampleFiles(FileProvenance.Absent, FileProvenance.Absent),
            Info(new Dictionary<string, string> { ["Source"] = "https://github.com/psf/requests" }));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_FailedVerification_ProvesNothing()
    {
        var evidence = Sample(SampleFiles(Failed(), Failed()));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        Assert.DoesNotContain(signal.Findings, f => f.Code is "TC4001" or "TC4002");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("https://sampleproject.readthedocs.io", null)]
    [InlineData(null, "https://donate.pypi.org")]
    public async Task EvaluateAsync_NoRepositoryLink_ReportsLow(string? homePage, string? funding)
    {
        var urls = funding is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Funding"] = funding };
        var evidence = Sample(info: Info(urls, homePage));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC4003", Severity.Low), (finding.Code, finding.Severity));
    }

    [Fact]
    public async Task EvaluateAsync_ExpectedRepositoryProvenByAttestation_ReportsInfo()
    {
        var signal = await _provider.EvaluateAsync(Context(Sample(), expectedRepository: "pypa/sampleproject"));

        var finding = Assert.Single(signal.Findings, f => f.Code.StartsWith("TC401", StringComparison.Ordinal));
        Assert.Equal(("TC4010", Severity.Info), (finding.Code, finding.Severity));
        Assert.Equal(SampleRepositoryUri, finding.Evidence["expected.repository"]);
        Assert.Equal(SampleRepositoryUri, finding.Evidence["attested.repository"]);
        Assert.False(finding.Evidence.ContainsKey("files.unproven"));
    }

    [Theory]
    [InlineData("https://github.com/pypa/sampleproject")]
    [InlineData("https://github.com/PyPA/SampleProject.git")]
    [InlineData("git@github.com:pypa/sampleproject.git")]
    [InlineData("github.com/pypa/sampleproject")]
    public async Task EvaluateAsync_ExpectedRepositoryInAnyForm_IsProven(string expected)
    {
        var signal = await _provider.EvaluateAsync(Context(Sample(), expected));

        Assert.Contains(signal.Findings, f => f.Code == "TC4010");
    }

    [Fact]
    public async Task EvaluateAsync_ExpectedRepositoryWithSomeFilesUnattested_NamesTheUnprovenFiles()
    {
        var evidence = Sample(SampleFiles(sdist: FileProvenance.Absent));

        var signal = await _provider.EvaluateAsync(Context(evidence, SampleRepositoryUri));

        var finding = Assert.Single(signal.Findings, f => f.Code == "TC4010");
        Assert.Equal(Sdist, finding.Evidence["files.unproven"]);
        Assert.Equal(Wheel, finding.Evidence["attested.files"]);
    }

    [Fact]
    public async Task EvaluateAsync_AttestationProvesAnotherRepository_ReportsHigh()
    {
        var signal = await _provider.EvaluateAsync(Context(Sample(), "https://github.com/pypa/pip"));

        var finding = Assert.Single(signal.Findings, f => f.Code == "TC4011");
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal("https://github.com/pypa/pip", finding.Evidence["expected.repository"]);
        Assert.Equal(SampleRepositoryUri, finding.Evidence["attested.repository"]);
        Assert.Equal($"Expected repository https://github.com/pypa/pip, but the verified attestation proves {SampleRepositoryUri} ({Wheel}, {Sdist}).", finding.Message);
    }

    [Fact]
    public async Task EvaluateAsync_OneFileFromAnotherRepository_ContradictsTheExpectation()
    {
        var fork = SamplePublisher with
        {
            Repository = "mallory/sampleproject",
            SourceRepositoryUri = "https://github.com/mallory/sampleproject",
            SourceRepositoryId = "999",
            SourceRepositoryOwnerId = "998",
        };
        var evidence = Sample(SampleFiles(sdist: Verified(fork)));

        var signal = await _provider.EvaluateAsync(Context(evidence, "pypa/sampleproject"));

        var finding = Assert.Single(signal.Findings, f => f.Code == "TC4011");
        Assert.Equal("https://github.com/mallory/sampleproject", finding.Evidence["attested.repository"]);
        Assert.Equal(Sdist, finding.Evidence["attested.files"]);
    }

    [Theory]
    [InlineData("https://github.com/pypa/sampleproject", "yes", "claims it (Bug Reports, Homepage, Source), but a claim is not proof")]
    [InlineData("https://github.com/pypa/pip", "no", "points elsewhere: https://github.com/pypa/sampleproject")]
    public async Task EvaluateAsync_NothingAttested_ExpectedRepositoryIsOnlyClaimed(string expected, string agrees, string note)
    {
        var evidence = Sample(SampleFiles(FileProvenance.Absent, FileProvenance.Absent));

        var signal = await _provider.EvaluateAsync(Context(evidence, expected));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC4012", Severity.Medium), (finding.Code, finding.Severity));
        Assert.Equal(agrees, finding.Evidence["claimed.agrees"]);
        Assert.Equal("none", finding.Evidence["attested.repository"]);
        Assert.Contains("cannot be proven", finding.Message, StringComparison.Ordinal);
        Assert.Contains(note, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_NothingAttestedAndNoLinks_SaysMetadataNamesNone()
    {
        var evidence = Sample(SampleFiles(FileProvenance.Absent, FileProvenance.Absent), Info(new Dictionary<string, string>()));

        var signal = await _provider.EvaluateAsync(Context(evidence, "pypa/sampleproject"));

        Assert.Equal(["TC4003", "TC4012"], signal.Findings.Select(f => f.Code));
        Assert.Equal("none", signal.Findings[1].Evidence["claimed.agrees"]);
    }

    [Fact]
    public async Task EvaluateAsync_GooglePublisher_CannotProveARepository()
    {
        var google = new PublisherIdentity { Kind = "Google", Email = "release@sample.iam.gserviceaccount.com" };
        var evidence = Sample(SampleFiles(Verified(google), Verified(google)));

        var signal = await _provider.EvaluateAsync(Context(evidence, "pypa/sampleproject"));

        Assert.Equal(["TC4012"], signal.Findings.Select(f => f.Code));
    }

    [Fact]
    public async Task EvaluateAsync_ExpectedRepositoryForADependency_IsNotChecked()
    {
        var signal = await _provider.EvaluateAsync(Context(Sample(), "https://github.com/pypa/pip", isRoot: false));

        Assert.DoesNotContain(signal.Findings, f => f.Code.StartsWith("TC401", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pypa")]
    [InlineData("ftp://example.org/x")]
    [InlineData("https://github.com/sponsors/pypa")]
    public async Task EvaluateAsync_UnreadableExpectedRepository_ReportsInvalid(string expected)
    {
        var signal = await _provider.EvaluateAsync(Context(Sample(), expected));

        var finding = Assert.Single(signal.Findings, f => f.Code == "TC4013");
        Assert.Equal(expected, finding.Evidence["expected.repository"]);
    }

    [Fact]
    public async Task EvaluateAsync_GitLabPublisherWithNestedGroup_VerifiesIssueLink()
    {
        var gitlab = new PublisherIdentity { Kind = "GitLab", Repository = "group/sub/project", Workflow = ".gitlab-ci.yml" };
        var evidence = Sample(SampleFiles(Verified(gitlab), Verified(gitlab)),
            Info(new Dictionary<string, string> { ["Issues"] = "https://gitlab.com/Group/Sub/Project/-/issues" }));

        var signal = await _provider.EvaluateAsync(Context(evidence, "https://gitlab.com/group/sub/project"));

        Assert.Equal(["TC4001", "TC4010"], signal.Findings.Select(f => f.Code));
        Assert.Equal("https://gitlab.com/group/sub/project", signal.Findings[0].Evidence["attested.repository"]);
    }

    [Fact]
    public async Task EvaluateAsync_AnyContext_DoesNotTouchTheSources()
    {
        var signal = await _provider.EvaluateAsync(Context(Sample(), "pypa/sampleproject"));

        Assert.Equal(SignalStatus.Completed, signal.Status);
    }
}
