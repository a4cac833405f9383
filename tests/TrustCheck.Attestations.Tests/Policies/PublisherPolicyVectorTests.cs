using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Pep740;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Policies;

public sealed class PublisherPolicyVectorTests
{
    public static TheoryData<string> Cases => [.. Directory.GetDirectories(SharedData.PathOf("vectors/policy")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_PolicyVector_MeetsItsExpectedOutcome(string name)
    {
        var folder = SharedData.PathOf("vectors/policy/" + name);
        var testCase = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "case.json"))).RootElement;
        using var pem = X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(folder, testCase.GetProperty("cert").GetString()!)));
        Assert.Null(LeafCertificate.TryRead(pem.RawData, out var certificate));
        var identity = FulcioIdentityReader.TryRead(certificate!, out var error);
        Assert.Null(error);
        Assert.Null(PublisherReader.TryRead(testCase.GetProperty("publisher"), out var publisher));

        var mismatch = publisher!.ToPolicy()!.Check(identity!);

        Assert.Equal(testCase.GetProperty("expected").GetString() == "pass", mismatch is null);
    }

    [Fact]
    public void TryRead_UnknownKind_IsUnsupportedWithNoPolicy()
    {
        var element = JsonDocument.Parse("""{"kind":"ActiveState","organization":"x","project":"y"}""").RootElement;

        Assert.Null(PublisherReader.TryRead(element, out var publisher));

        var unsupported = Assert.IsType<UnsupportedPublisher>(publisher);
        Assert.Equal("ActiveState", unsupported.Kind);
        Assert.Null(unsupported.ToPolicy());
    }

    [Fact]
    public void TryRead_LiveApiShape_IgnoresExtraKeysAndEmptyEnvironment()
    {
        var element = JsonDocument.Parse("""{"claims":null,"environment":"","kind":"GitHub","repository":"pypa/sampleproject","workflow":"release.yml"}""").RootElement;

        Assert.Null(PublisherReader.TryRead(element, out var publisher));

        Assert.Equal(new GitHubPublisher("pypa/sampleproject", "release.yml", null), publisher);
    }

    [Theory]
    [InlineData("""{"kind":"GitHub","repository":"a/b"}""")]
    [InlineData("""{"kind":"GitLab","workflow_filepath":".gitlab-ci.yml"}""")]
    [InlineData("""{"kind":"Google"}""")]
    [InlineData("""{"repository":"a/b"}""")]
    [InlineData("""[]""")]
    public void TryRead_MalformedPublisher_Fails(string json)
    {
        Assert.NotNull(PublisherReader.TryRead(JsonDocument.Parse(json).RootElement, out var publisher));
        Assert.Null(publisher);
    }
}
