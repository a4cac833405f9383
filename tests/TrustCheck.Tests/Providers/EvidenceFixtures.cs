using System.Text.Json;
using TrustCheck.Evidence.PyPi;
using TrustCheck.Evidence.Release;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.Signals;
using TrustCheck.Sources;
using TrustCheck.Sources.PyPi;
using TrustCheck.TestKit;

namespace TrustCheck.Tests.Providers;

/// <summary>
/// Hand-built release evidence with the real sampleproject values (design/PYPI-APIS.md section 3): GitHub publisher
/// pypa/sampleproject, workflow release.yml, repository id 14899596, owner id 647025, and the 4.0.0 files' names,
/// digests and upload times from the Warehouse docs' JSON example.
/// </summary>
internal static class EvidenceFixtures
{
    public const string SampleJsonPath = "data/pypi-json-api/warehouse-docs/sampleproject-4.0.0.json";
    public const string Wheel = "sampleproject-4.0.0-py3-none-any.whl";
    public const string Sdist = "sampleproject-4.0.0.tar.gz";
    public const string SampleRepositoryUri = "https://github.com/pypa/sampleproject";
    public const string SampleRepositoryId = "14899596";
    public const string SampleOwnerId = "647025";

    public static readonly DateTimeOffset WheelUploaded = new(2024, 11, 6, 22, 37, 9, 220, TimeSpan.Zero);
    public static readonly DateTimeOffset SdistUploaded = new(2024, 11, 6, 22, 37, 10, 868, TimeSpan.Zero);
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The publisher the sampleproject 4.0.0 provenance proves.</summary>
    public static PublisherIdentity SamplePublisher { get; } = new()
    {
        Kind = "GitHub",
        Repository = "pypa/sampleproject",
        Workflow = "release.yml",
        Environment = "",
        SourceRepositoryUri = SampleRepositoryUri,
        SourceRepositoryId = SampleRepositoryId,
        SourceRepositoryOwnerId = SampleOwnerId,
        SourceRepositoryRef = "refs/heads/main",
        CertificateIdentity = "https://github.com/pypa/sampleproject/.github/workflows/release.yml@refs/heads/main",
        Issuer = "https://token.actions.githubusercontent.com",
    };

    /// <summary>The project_urls of sampleproject 4.0.0, as published.</summary>
    public static IReadOnlyDictionary<string, string> SampleProjectUrls { get; } = new Dictionary<string, string>
    {
        ["Bug Reports"] = "https://github.com/pypa/sampleproject/issues",
        ["Funding"] = "https://donate.pypi.org",
        ["Homepage"] = "https://github.com/pypa/sampleproject",
        ["Say Thanks!"] = "http://saythanks.io/to/example",
        ["Source"] = "https://github.com/pypa/sampleproject/",
    };

    public static FileProvenance Verified(PublisherIdentity? publisher = null) => new()
    {
        Outcome = ProvenanceOutcome.Verified,
        Publisher = publisher ?? SamplePublisher,
        PredicateTypes = ["https://docs.pypi.org/attestations/publish/v1"],
        Source = "integrity",
    };

    public static FileProvenance Unsupported(string kind) => new()
    {
        Outcome = ProvenanceOutcome.Unsupported,
        Publisher = new PublisherIdentity { Kind = kind },
    };

    public static FileProvenance Failed(string stage = "identity") => new()
    {
        Outcome = ProvenanceOutcome.Failed,
        Failure = new ProvenanceFailure(stage, "the certificate names another repository"),
        Publisher = SamplePublisher with { Repository = "mallory/sampleproject" },
    };

    public static DistributionEvidence File(string filename, FileProvenance provenance, DateTimeOffset? uploaded = null) => new()
    {
        Filename = filename,
        PackageType = filename.EndsWith(".whl", StringComparison.Ordinal) ? "bdist_wheel" : "sdist",
        UploadTime = uploaded ?? WheelUploaded,
        Provenance = provenance,
    };

    /// <summary>The two 4.0.0 files, both verified as published by <see cref="SamplePublisher"/> unless told otherwise.</summary>
    public static IReadOnlyList<DistributionEvidence> SampleFiles(FileProvenance? wheel = null, FileProvenance? sdist = null) =>
    [
        File(Wheel, wheel ?? Verified(), WheelUploaded),
        File(Sdist, sdist ?? Verified(), SdistUploaded),
    ];

    public static PyPiReleaseInfo Info(
        IReadOnlyDictionary<string, string>? projectUrls = null, string? homePage = null, string? downloadUrl = null, string version = "4.0.0") => new()
    {
        Name = "sampleproject",
        Version = version,
        ProjectUrls = projectUrls ?? SampleProjectUrls,
        HomePage = homePage,
        DownloadUrl = downloadUrl,
    };

    /// <summary>sampleproject 4.0.0 with its real metadata and ownership, verified files and no history.</summary>
    public static ReleaseEvidence Sample(
        IReadOnlyList<DistributionEvidence>? files = null,
        PyPiReleaseInfo? info = null,
        IReadOnlyList<ReleaseHistoryEntry>? history = null,
        PyPiOwnership? ownership = null) => new()
    {
        Name = PackageName.Parse("sampleproject"),
        Version = info?.Version ?? "4.0.0",
        Release = new PyPiRelease { Info = info ?? Info(), Ownership = ownership ?? SampleOwnership },
        Files = files ?? SampleFiles(),
        History = history ?? [],
    };

    /// <summary>The ownership the 4.0.0 JSON example shows.</summary>
    public static PyPiOwnership SampleOwnership { get; } = new()
    {
        Roles = [new PyPiRole("Owner", "theacodes"), new PyPiRole("Maintainer", "pypa-bot")],
        Organization = "pypa",
    };

    public static ReleaseHistoryEntry History(
        string version, DateTimeOffset uploaded, bool provenanceChecked = true, bool yanked = false, params DistributionEvidence[] files) => new()
    {
        Version = version,
        UploadTime = uploaded,
        Yanked = yanked,
        ProvenanceChecked = provenanceChecked,
        Files = files,
    };

    /// <summary>An earlier release whose two files were verified as published by the given publisher.</summary>
    public static ReleaseHistoryEntry AttestedHistory(string version, DateTimeOffset uploaded, PublisherIdentity? publisher = null) =>
        History(version, uploaded, true, false,
            File($"sampleproject-{version}-py3-none-any.whl", Verified(publisher), uploaded),
            File($"sampleproject-{version}.tar.gz", Verified(publisher), uploaded));

    /// <summary>An earlier release whose provenance was checked and found absent.</summary>
    public static ReleaseHistoryEntry UnattestedHistory(string version, DateTimeOffset uploaded) =>
        History(version, uploaded, true, false,
            File($"sampleproject-{version}-py3-none-any.whl", FileProvenance.Absent, uploaded),
            File($"sampleproject-{version}.tar.gz", FileProvenance.Absent, uploaded));

    public static SignalContext Context(ReleaseEvidence evidence, string? expectedRepository = null, bool isRoot = true) => new()
    {
        Evidence = evidence,
        Options = new InspectionOptions { ExpectedRepository = expectedRepository },
        IsRoot = isRoot,
        Now = Now,
        Sources = new NoSources(),
    };

    /// <summary>sampleproject 4.0.0 as the JSON API documents it, read in place from the shared data.</summary>
    public static PyPiRelease ReadSampleRelease()
    {
        var bytes = System.IO.File.ReadAllBytes(SharedData.PathOf(SampleJsonPath));
        return PyPiJsonMapper.ToRelease(JsonSerializer.Deserialize(bytes, EvidenceJsonContext.Default.PyPiJsonWire)!, SampleJsonPath);
    }

    /// <summary>Sources that fail when touched: these providers judge the evidence they are given and fetch nothing.</summary>
    private sealed class NoSources : IEvidenceSources
    {
        public IPackageMetadataSource Metadata => throw Touched();

        public IPackageIndexSet Indexes => throw Touched();

        public IProvenanceSource Provenance => throw Touched();

        public IVulnerabilitySource Vulnerabilities => throw Touched();

        public IPopularPackagesSource PopularPackages => throw Touched();

        private static InvalidOperationException Touched() => new("A pure provider must not use the evidence sources.");
    }
}
