using System.Text.Json;
using TrustCheck.Evidence.Simple;
using TrustCheck.Sources;
using TrustCheck.Sources.Osv;
using TrustCheck.Sources.PyPi;
using TrustCheck.Sources.Simple;
using TrustCheck.TestKit;

namespace TrustCheck.Tests.Sources;

/// <summary>Every recorded real document in the shared data is read by the sources' parsers.</summary>
public sealed class RecordedDocumentsTests
{
    public static TheoryData<string> ReleaseDocuments() =>
        new(Directory.EnumerateFiles(SharedData.PathOf("data/pypi-json-api/poetry-fixtures"), "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SharedData.Root, f)).Order(StringComparer.Ordinal));

    public static TheoryData<string> SimplePages() =>
        new(Directory.EnumerateFiles(SharedData.PathOf("data/pypi-simple-json/poetry-fixtures"), "*.json")
            .Concat(Directory.EnumerateFiles(SharedData.PathOf("data/pypi-simple-json/pypi-simple-fixtures"), "*.json"))
            .Select(f => Path.GetRelativePath(SharedData.Root, f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ReleaseDocuments))]
    public void ToRelease_RecordedReleaseDocument_KeepsNameVersionFilesAndRequirements(string path)
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf(path));
        using var raw = JsonDocument.Parse(bytes);

        var release = PyPiJsonMapper.ToRelease(JsonSerializer.Deserialize(bytes, EvidenceJsonContext.Default.PyPiJsonWire)!, path);

        var info = raw.RootElement.GetProperty("info");
        Assert.Equal(info.GetProperty("name").GetString(), release.Info.Name);
        Assert.Equal(info.GetProperty("version").GetString(), release.Info.Version);
        Assert.Equal(raw.RootElement.GetProperty("urls").GetArrayLength(), release.Files.Count);
        var requiresDist = info.TryGetProperty("requires_dist", out var rd) && rd.ValueKind == JsonValueKind.Array ? rd.GetArrayLength() : 0;
        Assert.Equal(requiresDist, release.Info.RequiresDist.Count);
        Assert.All(release.Files, f => Assert.Matches("^[0-9a-f]{64}$", f.Digests.Sha256!));
        Assert.All(release.Files, f => Assert.NotNull(f.UploadTime));
    }

    [Fact]
    public void ToRelease_Requests2190_KeepsLegacyParenthesizedRequirementAndOwnership()
    {
        var release = ReadRelease("data/pypi-json-api/poetry-fixtures/requests/2.19.0.json");

        Assert.Contains("chardet (<3.1.0,>=3.0.2)", release.Info.RequiresDist);
        Assert.NotNull(release.Ownership);
    }

    [Fact]
    public void ToProject_LiveRecordedAtomicwrites_HasEveryReleaseAndTheirFiles()
    {
        var path = "data/pypi-json-api/live-recorded/atomicwrites.json";
        var bytes = File.ReadAllBytes(SharedData.PathOf(path));

        var project = PyPiJsonMapper.ToProject(JsonSerializer.Deserialize(bytes, EvidenceJsonContext.Default.PyPiJsonWire)!, path);

        Assert.Equal("atomicwrites", project.Info.Name);
        Assert.Equal(18, project.Releases.Count);
        Assert.True(project.LastSerial > 0);
        Assert.Contains(project.Releases.Values.SelectMany(f => f), f => f.PackageType == "sdist");
        Assert.NotNull(project.Ownership);
    }

    [Fact]
    public void ToRelease_WarehouseSampleproject400_HasTheDigestTheProvenanceBindsTo()
    {
        var release = ReadRelease("data/pypi-json-api/warehouse-docs/sampleproject-4.0.0.json");

        var sdist = Assert.Single(release.Files, f => f.Filename == "sampleproject-4.0.0.tar.gz");
        Assert.StartsWith("0ace7980", sdist.Digests.Sha256, StringComparison.Ordinal);
        Assert.NotNull(sdist.CoreMetadataSha256);
        Assert.Equal("pypa", release.Ownership!.Organization);
    }

    [Theory]
    [MemberData(nameof(SimplePages))]
    public void ToPage_RecordedSimplePage_ReadsEveryFile(string path)
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf(path));
        using var raw = JsonDocument.Parse(bytes);
        var pageUrl = new Uri("https://pypi.org/simple/x/");

        var page = SimpleJsonMapper.ToPage(JsonSerializer.Deserialize(bytes, EvidenceJsonContext.Default.SimplePageWire)!, pageUrl, "https://pypi.org/simple/", path);

        Assert.Equal(raw.RootElement.GetProperty("name").GetString(), page.Name);
        Assert.Equal(raw.RootElement.GetProperty("files").GetArrayLength(), page.Files.Count);
        Assert.Equal(SimplePageFormat.Json, page.Format);
        Assert.All(page.Files, f => Assert.True(f.Url.IsAbsoluteUri));
    }

    [Fact]
    public void ToPage_YankedFixture_ReadsBooleanAndReasonForms()
    {
        var page = ReadPage("data/pypi-simple-json/pypi-simple-fixtures/yanked.json");

        Assert.Contains(page.Files, f => f.Yanked && f.YankedReason is null);
        Assert.Contains(page.Files, f => f.Yanked && f.YankedReason == "not good");
        Assert.Equal(2, page.Files.Count);
    }

    [Fact]
    public void ToPage_Argset708_ReadsProjectStatusAndVersions()
    {
        var page = ReadPage("data/pypi-simple-json/pypi-simple-fixtures/argset-708.json");

        Assert.Equal("deprecated", page.Status.Status);
        Assert.NotEmpty(page.Versions);
    }

    [Fact]
    public void ToPage_Requests_Api14PageWithCoreMetadata()
    {
        var page = ReadPage("data/pypi-simple-json/poetry-fixtures/requests.json");

        Assert.Equal("1.4", page.ApiVersion);
        Assert.Contains(page.Files, f => f.HasCoreMetadata);
        Assert.All(page.Files, f => Assert.Null(f.Provenance));
    }

    [Fact]
    public void ToPage_MajorVersion2_IsMalformed()
    {
        var wire = JsonSerializer.Deserialize("""{"meta":{"api-version":"2.0"},"name":"x","files":[]}"""u8, EvidenceJsonContext.Default.SimplePageWire)!;

        var error = Assert.Throws<EvidenceSourceException>(() => SimpleJsonMapper.ToPage(wire, new Uri("https://i/simple/x/"), "https://i/simple/", "https://i/simple/x/"));

        Assert.Equal(EvidenceErrorKind.Malformed, error.Kind);
        Assert.Contains("2.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToVulnerability_EveryAdvisoryDatabaseRecord_KeepsRangesAndWithdrawal()
    {
        var path = "data/osv/pypa-advisory-database.records.json";
        using var raw = JsonDocument.Parse(File.ReadAllBytes(SharedData.PathOf(path)));

        var records = raw.RootElement.EnumerateArray()
            .Select(r => OsvMapper.ToVulnerability(r.Deserialize(EvidenceJsonContext.Default.OsvRecordWire)!, path))
            .ToList();

        Assert.Equal(80, records.Count);
        Assert.All(records, r => Assert.NotEmpty(r.Affected));
        Assert.All(records, r => Assert.All(r.Affected, a => Assert.Equal("PyPI", a.Package.Ecosystem)));
        var withdrawn = Assert.Single(records, r => r.Withdrawn is not null);
        Assert.Equal("PYSEC-2022-43059", withdrawn.Id);
        Assert.Equal(13, records.Count(r => r.Severity.Count > 0));
    }

    [Fact]
    public void ToVulnerability_DocumentedVulnsIdResponse_IsRead()
    {
        var path = "data/osv/api-responses/docs-sample.v1-vulns-id.response.json";

        var record = OsvMapper.ToVulnerability(JsonSerializer.Deserialize(File.ReadAllBytes(SharedData.PathOf(path)), EvidenceJsonContext.Default.OsvRecordWire)!, path);

        Assert.False(string.IsNullOrEmpty(record.Id));
        Assert.NotEmpty(record.Affected);
    }

    private static Evidence.PyPi.PyPiRelease ReadRelease(string path) =>
        PyPiJsonMapper.ToRelease(JsonSerializer.Deserialize(File.ReadAllBytes(SharedData.PathOf(path)), EvidenceJsonContext.Default.PyPiJsonWire)!, path);

    private static SimpleProjectPage ReadPage(string path) =>
        SimpleJsonMapper.ToPage(JsonSerializer.Deserialize(File.ReadAllBytes(SharedData.PathOf(path)), EvidenceJsonContext.Default.SimplePageWire)!, new Uri("https://pypi.org/simple/x/"), "https://pypi.org/simple/", path);
}
