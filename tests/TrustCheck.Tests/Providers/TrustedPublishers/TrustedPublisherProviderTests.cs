using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Providers.TrustedPublishers;
using static TrustCheck.Tests.Providers.EvidenceFixtures;

namespace TrustCheck.Tests.Providers.TrustedPublishers;

public sealed class TrustedPublisherProviderTests
{
    private readonly TrustedPublisherProvider _provider = new();

    [Fact]
    public async Task EvaluateAsync_SampleprojectVerifiedFiles_ReportsTheAttestedPublisher()
    {
        var signal = await _provider.EvaluateAsync(Context(Sample()));

        Assert.Equal("trusted-publisher", signal.Provider);
        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC3001", Severity.Info), (finding.Code, finding.Severity));
        Assert.Equal(
            "2 files were published through a verified Trusted Publisher: GitHub repository pypa/sampleproject, workflow release.yml.",
            finding.Message);
        Assert.Equal("GitHub", finding.Evidence["attested.kind"]);
        Assert.Equal("pypa/sampleproject", finding.Evidence["attested.repository"]);
        Assert.Equal("release.yml", finding.Evidence["attested.workflow"]);
        Assert.Equal(SampleRepositoryUri, finding.Evidence["attested.repositoryUri"]);
        Assert.Equal(SampleRepositoryId, finding.Evidence["attested.repositoryId"]);
        Assert.Equal(SampleOwnerId, finding.Evidence["attested.ownerId"]);
        Assert.Equal("https://token.actions.githubusercontent.com", finding.Evidence["attested.issuer"]);
        Assert.Equal($"{Wheel}, {Sdist}", finding.Evidence["files"]);
        Assert.False(finding.Evidence.ContainsKey("attested.environment"));
    }

    [Fact]
    public async Task EvaluateAsync_DifferentEnvironments_ReportsEachVerifiedPublisherButNoInconsistency()
    {
        var evidence = Sample(SampleFiles(sdist: Verified(SamplePublisher with { Environment = "pypi" })));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        Assert.Equal(["TC3001", "TC3001"], signal.Findings.Select(f => f.Code));
        Assert.Equal("pypi", signal.Findings[1].Evidence["attested.environment"]);
        Assert.EndsWith("environment pypi.", signal.Findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_GitHubAndGitLabPublishersInOneRelease_ReportsInconsistentPublishers()
    {
        var gitlab = new PublisherIdentity { Kind = "GitLab", Repository = "pypa/sampleproject", Workflow = ".gitlab-ci.yml" };
        var evidence = Sample(SampleFiles(sdist: Verified(gitlab)));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings, f => f.Code == "TC3002");
        Assert.Equal(Severity.High, finding.Severity);
        Assert.StartsWith("Inconsistent publishers across files", finding.Message, StringComparison.Ordinal);
        Assert.Equal("GitHub", finding.Evidence["attested.1.kind"]);
        Assert.Equal(Wheel, finding.Evidence["attested.1.files"]);
        Assert.Equal("GitLab", finding.Evidence["attested.2.kind"]);
        Assert.Equal(Sdist, finding.Evidence["attested.2.files"]);
    }

    [Fact]
    public async Task EvaluateAsync_TwoGoogleServiceAccounts_ReportsInconsistentPublishers()
    {
        var first = new PublisherIdentity { Kind = "Google", Email = "release@sample.iam.gserviceaccount.com" };
        var second = new PublisherIdentity { Kind = "Google", Email = "other@elsewhere.iam.gserviceaccount.com" };
        var evidence = Sample(SampleFiles(Verified(first), Verified(second)));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        Assert.Contains(signal.Findings, f => f.Code == "TC3002");
    }

    [Fact]
    public async Task EvaluateAsync_SameKindDifferentRepository_LeavesItToPublisherDrift()
    {
        var fork = SamplePublisher with { Repository = "mallory/sampleproject", SourceRepositoryUri = "https://github.com/mallory/sampleproject", SourceRepositoryId = "1" };
        var evidence = Sample(SampleFiles(sdist: Verified(fork)));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        Assert.DoesNotContain(signal.Findings, f => f.Code == "TC3002");
        Assert.Equal(2, signal.Findings.Count(f => f.Code == "TC3001"));
    }

    [Fact]
    public async Task EvaluateAsync_UnsupportedPublisherKind_ReportsMediumAndNeverVerified()
    {
        var evidence = Sample(SampleFiles(Unsupported("ActiveState"), Unsupported("ActiveState")));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC3003", Severity.Medium), (finding.Code, finding.Severity));
        Assert.Equal("ActiveState", finding.Evidence["claimed.kind"]);
        Assert.Equal($"{Wheel}, {Sdist}", finding.Evidence["files"]);
        Assert.Contains("not treated as verified", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(signal.Findings, f => f.Code == "TC3001");
    }

    [Fact]
    public async Task EvaluateAsync_NoFileHasProvenance_ReportsNoTrustedPublisher()
    {
        var evidence = Sample(SampleFiles(FileProvenance.Absent, FileProvenance.Absent));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC3004", Severity.Low), (finding.Code, finding.Severity));
        Assert.Equal($"{Wheel}, {Sdist}", finding.Evidence["files"]);
    }

    [Fact]
    public async Task EvaluateAsync_FailedProvenance_IsNeitherVerifiedNorAbsent()
    {
        var evidence = Sample(SampleFiles(Failed(), FileProvenance.Absent));

        var signal = await _provider.EvaluateAsync(Context(evidence));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_ReleaseWithoutFiles_ReportsNothing()
    {
        var signal = await _provider.EvaluateAsync(Context(Sample([])));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => _provider.EvaluateAsync(Context(Sample()), cancellation.Token));
    }
}
