using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Providers.Drift;
using static TrustCheck.Tests.Providers.EvidenceFixtures;

namespace TrustCheck.Tests.Providers.Drift;

public sealed class PublisherDriftProviderTests
{
    private static readonly DateTimeOffset Earlier = WheelUploaded.AddDays(-30);

    private readonly InMemoryOwnershipHistory _history = new();

    private PublisherDriftProvider Provider => new(_history);

    [Fact]
    public async Task EvaluateAsync_SamePublisherAsPreviousRelease_ReportsNothing()
    {
        var evidence = Sample(history: [AttestedHistory("3.0.0", Earlier)]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Equal("publisher-drift", signal.Provider);
        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_FilesFromDifferentRepositories_ReportsInconsistentRelease()
    {
        var fork = SamplePublisher with
        {
            Repository = "mallory/sampleproject",
            SourceRepositoryUri = "https://github.com/mallory/sampleproject",
            SourceRepositoryId = "31337",
            SourceRepositoryOwnerId = "31338",
        };
        var evidence = Sample(SampleFiles(sdist: Verified(fork)));

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC5001", Severity.High), (finding.Code, finding.Severity));
        Assert.Equal("pypa/sampleproject", finding.Evidence["current.1.repository"]);
        Assert.Equal(Wheel, finding.Evidence["current.1.files"]);
        Assert.Equal("mallory/sampleproject", finding.Evidence["current.2.repository"]);
        Assert.Equal(Sdist, finding.Evidence["current.2.files"]);
    }

    [Fact]
    public async Task EvaluateAsync_FilesFromDifferentWorkflows_ReportsInconsistentRelease()
    {
        var evidence = Sample(SampleFiles(sdist: Verified(SamplePublisher with { Workflow = "sdist.yml" })));

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Equal("TC5001", Assert.Single(signal.Findings).Code);
    }

    [Fact]
    public async Task EvaluateAsync_FilesDifferOnlyInEnvironmentOrWorkflowCase_AreConsistent()
    {
        var evidence = Sample(SampleFiles(sdist: Verified(SamplePublisher with { Workflow = "Release.yml", Environment = "pypi" })));

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_OneCertificateWithoutRepositoryIds_IsStillOnePublisher()
    {
        var withoutIds = SamplePublisher with { SourceRepositoryId = null, SourceRepositoryOwnerId = null };
        var evidence = Sample(SampleFiles(sdist: Verified(withoutIds)));

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_SameNameDifferentRepositoryIdsWithinRelease_ReportsInconsistentRelease()
    {
        var evidence = Sample(SampleFiles(sdist: Verified(SamplePublisher with { SourceRepositoryId = "1111" })));

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal("TC5001", finding.Code);
        Assert.Equal(SampleRepositoryId, finding.Evidence["current.1.repositoryId"]);
        Assert.Equal("1111", finding.Evidence["current.2.repositoryId"]);
    }

    [Fact]
    public async Task EvaluateAsync_DifferentPublisherKindsWithinRelease_LeavesItToTrustedPublisher()
    {
        var gitlab = new PublisherIdentity { Kind = "GitLab", Repository = "pypa/sampleproject", Workflow = ".gitlab-ci.yml" };
        var evidence = Sample(SampleFiles(sdist: Verified(gitlab)));

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.DoesNotContain(signal.Findings, f => f.Code == "TC5001");
    }

    [Fact]
    public async Task EvaluateAsync_PreviousCheckedReleaseVerifiedAndThisOneAbsent_ReportsRegression()
    {
        var evidence = Sample(SampleFiles(FileProvenance.Absent, FileProvenance.Absent), history: [AttestedHistory("3.0.0", Earlier)]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC5002", Severity.High), (finding.Code, finding.Severity));
        Assert.Equal("3.0.0", finding.Evidence["previous.version"]);
        Assert.Equal("pypa/sampleproject", finding.Evidence["previous.repository"]);
        Assert.Equal(
            "Provenance regressed: 4.0.0 has no provenance, but the previous release 3.0.0 was published with verified attestations.",
            finding.Message);
    }

    [Fact]
    public async Task EvaluateAsync_ProvenanceFailsAfterVerifiedRelease_ReportsRegressionNamingTheFiles()
    {
        var evidence = Sample(SampleFiles(Failed(), FileProvenance.Absent), history: [AttestedHistory("3.0.0", Earlier)]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal("TC5002", finding.Code);
        Assert.Equal(Wheel, finding.Evidence["current.unverifiedFiles"]);
        Assert.Contains("has no provenance that verifies", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_NearestCheckedReleaseHadNoProvenance_IsNoRegression()
    {
        var evidence = Sample(SampleFiles(FileProvenance.Absent, FileProvenance.Absent),
            history: [UnattestedHistory("3.1.0", Earlier), AttestedHistory("3.0.0", Earlier.AddDays(-30))]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_UncheckedAndYankedReleasesAreSkipped_ComparesWithNearestCheckedRelease()
    {
        var notChecked = History("3.2.0", Earlier, provenanceChecked: false);
        var yanked = AttestedHistory("3.1.0", Earlier.AddDays(-1)) with { Yanked = true };
        var evidence = Sample(SampleFiles(FileProvenance.Absent, FileProvenance.Absent),
            history: [notChecked, yanked, AttestedHistory("3.0.0", Earlier.AddDays(-2))]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Equal("3.0.0", Assert.Single(signal.Findings, f => f.Code == "TC5002").Evidence["previous.version"]);
    }

    [Fact]
    public async Task EvaluateAsync_PublisherRepositoryIdChanged_ReportsRepositoryChanged()
    {
        var previous = SamplePublisher with
        {
            Repository = "someone/sampleproject",
            SourceRepositoryUri = "https://github.com/someone/sampleproject",
            SourceRepositoryId = "1111",
            SourceRepositoryOwnerId = "2222",
        };
        var evidence = Sample(history: [AttestedHistory("3.0.0", Earlier, previous)]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC5003", Severity.High), (finding.Code, finding.Severity));
        Assert.Equal("1111", finding.Evidence["previous.repositoryId"]);
        Assert.Equal(SampleRepositoryId, finding.Evidence["current.repositoryId"]);
        Assert.Equal("someone/sampleproject", finding.Evidence["previous.repository"]);
        Assert.Equal("pypa/sampleproject", finding.Evidence["current.repository"]);
        Assert.Equal("3.0.0", finding.Evidence["previous.version"]);
        Assert.Equal($"{Wheel}, {Sdist}", finding.Evidence["current.files"]);
    }

    [Fact]
    public async Task EvaluateAsync_SameNameButNewRepositoryId_ReportsResurrectedRepository()
    {
        var previous = SamplePublisher with { SourceRepositoryId = "1111" };
        var evidence = Sample(history: [AttestedHistory("3.0.0", Earlier, previous)]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal("TC5003", finding.Code);
        Assert.Contains("the name is the same but the repository id changed from 1111 to 14899596", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_SameRepositoryIdNewOwnerId_ReportsTransferredRepository()
    {
        var previous = SamplePublisher with { SourceRepositoryOwnerId = "42" };
        var evidence = Sample(history: [AttestedHistory("3.0.0", Earlier, previous)]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal("TC5003", finding.Code);
        Assert.Contains("moved from owner id 42 to 647025", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_RepositoryNamesDifferWithoutIds_ComparesNames()
    {
        var previous = SamplePublisher with
        {
            Repository = "someone/sampleproject",
            SourceRepositoryUri = null,
            SourceRepositoryId = null,
            SourceRepositoryOwnerId = null,
        };
        var evidence = Sample(history: [AttestedHistory("3.0.0", Earlier, previous)]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Equal("TC5003", Assert.Single(signal.Findings).Code);
    }

    [Fact]
    public async Task EvaluateAsync_PublisherKindChanged_ReportsRepositoryChanged()
    {
        var previous = new PublisherIdentity { Kind = "GitLab", Repository = "pypa/sampleproject", Workflow = ".gitlab-ci.yml" };
        var evidence = Sample(history: [AttestedHistory("3.0.0", Earlier, previous)]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal("TC5003", finding.Code);
        Assert.Equal("GitLab", finding.Evidence["previous.kind"]);
        Assert.Equal("GitHub", finding.Evidence["current.kind"]);
    }

    [Fact]
    public async Task EvaluateAsync_RenamedWithSameIds_ReportsRenameAsLow()
    {
        var previous = SamplePublisher with
        {
            Repository = "pypa/sample-project",
            SourceRepositoryUri = "https://github.com/pypa/sample-project",
        };
        var evidence = Sample(history: [AttestedHistory("3.0.0", Earlier, previous)]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC5004", Severity.Low), (finding.Code, finding.Severity));
        Assert.Equal("pypa/sample-project", finding.Evidence["previous.repository"]);
        Assert.Equal("pypa/sampleproject", finding.Evidence["current.repository"]);
    }

    [Fact]
    public async Task EvaluateAsync_RenamedAndWorkflowChanged_ReportsBoth()
    {
        var previous = SamplePublisher with
        {
            Repository = "pypa/sample-project",
            SourceRepositoryUri = "https://github.com/pypa/sample-project",
            Workflow = "publish.yml",
        };
        var evidence = Sample(history: [AttestedHistory("3.0.0", Earlier, previous)]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Equal(["TC5004", "TC5005"], signal.Findings.Select(f => f.Code));
    }

    [Fact]
    public async Task EvaluateAsync_RepositoryNameCaseChanged_IsTheSameRepository()
    {
        var previous = SamplePublisher with { Repository = "PyPA/SampleProject", SourceRepositoryUri = "https://github.com/PyPA/SampleProject" };
        var evidence = Sample(history: [AttestedHistory("3.0.0", Earlier, previous)]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_WorkflowChanged_ReportsMedium()
    {
        var evidence = Sample(history: [AttestedHistory("3.0.0", Earlier, SamplePublisher with { Workflow = "publish.yml" })]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC5005", Severity.Medium), (finding.Code, finding.Severity));
        Assert.Equal("publish.yml", finding.Evidence["previous.workflow"]);
        Assert.Equal("release.yml", finding.Evidence["current.workflow"]);
    }

    [Fact]
    public async Task EvaluateAsync_EnvironmentChanged_ReportsLow()
    {
        var evidence = Sample(history: [AttestedHistory("3.0.0", Earlier, SamplePublisher with { Environment = "pypi" })]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC5006", Severity.Low), (finding.Code, finding.Severity));
        Assert.Equal("pypi", finding.Evidence["previous.environment"]);
        Assert.Equal("The publishing environment changed: 3.0.0 used environment pypi, 4.0.0 no environment.", finding.Message);
    }

    [Fact]
    public async Task EvaluateAsync_EmptyAndMissingEnvironment_AreTheSame()
    {
        var evidence = Sample(history: [AttestedHistory("3.0.0", Earlier, SamplePublisher with { Environment = null })]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_PreviousReleaseWasUnattested_ComparesWithNearestAttestedRelease()
    {
        var evidence = Sample(history:
        [
            UnattestedHistory("3.1.0", Earlier),
            AttestedHistory("3.0.0", Earlier.AddDays(-10), SamplePublisher with { Workflow = "publish.yml" }),
        ]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Equal("3.0.0", Assert.Single(signal.Findings, f => f.Code == "TC5005").Evidence["previous.version"]);
    }

    [Fact]
    public async Task EvaluateAsync_PreviousReleaseUsedTwoWorkflowsOneOfWhichMatches_IsNoChange()
    {
        var previous = History("3.0.0", Earlier, true, false,
            File("sampleproject-3.0.0-py3-none-any.whl", Verified(SamplePublisher with { Workflow = "wheels.yml" }), Earlier),
            File("sampleproject-3.0.0.tar.gz", Verified(), Earlier));
        var evidence = Sample(history: [previous]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_MoreThanTwoYearsSincePreviousRelease_ReportsDormancy()
    {
        var evidence = Sample(history:
        [
            History("3.0.0", WheelUploaded.AddYears(-2).AddDays(-1)),
            History("2.9.0", WheelUploaded.AddYears(-3)),
        ]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC5007", Severity.Medium), (finding.Code, finding.Severity));
        Assert.Equal("3.0.0", finding.Evidence["previous.version"]);
        Assert.Equal("732", finding.Evidence["gap.days"]);
        Assert.Equal("2024-11-06T22:37:09.2200000+00:00", finding.Evidence["current.uploadTime"]);
    }

    [Fact]
    public async Task EvaluateAsync_ExactlyTwoYears_IsNotDormancy()
    {
        var evidence = Sample(history: [History("3.0.0", WheelUploaded.AddYears(-2))]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_OnlyYankedReleaseIsRecent_MeasuresFromPreviousNonYankedRelease()
    {
        var evidence = Sample(history:
        [
            History("3.1.0", WheelUploaded.AddDays(-10), yanked: true),
            History("3.0.0", WheelUploaded.AddYears(-4)),
        ]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Equal("3.0.0", Assert.Single(signal.Findings, f => f.Code == "TC5007").Evidence["previous.version"]);
    }

    [Fact]
    public async Task EvaluateAsync_FiveReleasesWithin24Hours_ReportsBurst()
    {
        var evidence = Sample(history:
        [
            History("3.0.3", WheelUploaded.AddHours(-1)),
            History("3.0.2", WheelUploaded.AddHours(-5)),
            History("3.0.1", WheelUploaded.AddHours(-12), yanked: true),
            History("3.0.0", WheelUploaded.AddHours(-24)),
            History("2.0.0", WheelUploaded.AddDays(-40)),
        ]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC5008", Severity.Low), (finding.Code, finding.Severity));
        Assert.Equal("5", finding.Evidence["releases.count"]);
        Assert.Equal("3.0.0, 3.0.1, 3.0.2, 3.0.3, 4.0.0", finding.Evidence["releases.versions"]);
    }

    [Fact]
    public async Task EvaluateAsync_FourReleasesWithin24Hours_IsNoBurst()
    {
        var evidence = Sample(history:
        [
            History("3.0.2", WheelUploaded.AddHours(-1)),
            History("3.0.1", WheelUploaded.AddHours(-2)),
            History("3.0.0", WheelUploaded.AddHours(-3)),
            History("2.0.0", WheelUploaded.AddHours(-25)),
        ]);

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Empty(signal.Findings);
    }

    [Fact]
    public async Task EvaluateAsync_UploadTimeOnlyInJsonApiFiles_StillMeasuresTheTimeline()
    {
        var real = ReadSampleRelease();
        var files = SampleFiles().Select(f => f with { UploadTime = null }).ToList();
        var evidence = Sample(files, history: [History("3.0.0", WheelUploaded.AddYears(-3))]) with { Release = real };

        var signal = await Provider.EvaluateAsync(Context(evidence));

        Assert.Equal("TC5007", Assert.Single(signal.Findings).Code);
    }

    [Fact]
    public async Task EvaluateAsync_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => Provider.EvaluateAsync(Context(Sample()), cancellation.Token));
    }
}
