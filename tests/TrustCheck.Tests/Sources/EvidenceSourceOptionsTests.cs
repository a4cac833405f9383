using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Sources;
using TrustCheck.Tests.DependencyInjection;

namespace TrustCheck.Tests.Sources;

public sealed class EvidenceSourceOptionsTests
{
    public static TheoryData<string, string> BadValues => new()
    {
        { nameof(EvidenceSourceOptions.PyPiUrl), "not 'http://pypi.example/'" },
        { nameof(EvidenceSourceOptions.IndexUrl), "not '/simple/'" },
        { nameof(EvidenceSourceOptions.OsvUrl), "not 'ftp://osv.example/'" },
        { nameof(EvidenceSourceOptions.TufUrl), "is required" },
        { nameof(EvidenceSourceOptions.PopularPackagesUrl), "not 'http://top.example/top.json'" },
        { nameof(EvidenceSourceOptions.ExtraIndexUrls), "not 'http://***@private.example/simple/'" },
        { nameof(EvidenceSourceOptions.TufRootPin), "is required" },
        { nameof(EvidenceSourceOptions.OsvBatchSize), "It is 1001." },
        { nameof(EvidenceSourceOptions.MaxDownloadBytes), "It is 0." },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task AddTrustCheck_BadValue_HostStartFailsNamingOptionAndValue(string member, string value)
    {
        var error = await OptionsValidation.TrustCheckHostStartFailsAsync(t => t.ConfigureSources(o => Break(o, member)));

        OptionsValidation.AssertNames<EvidenceSourceOptions>(error, member, value);
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Build_BadValue_ThrowsNamingOptionAndValue(string member, string value)
    {
        var error = OptionsValidation.BuildFails(b => b.ConfigureSources(o => Break(o, member)));

        OptionsValidation.AssertNames<EvidenceSourceOptions>(error, member, value);
    }

    [Fact]
    public void Build_ExtraIndexWithCredentialsOverPlainHttp_NeverShowsTheSecret()
    {
        var error = OptionsValidation.BuildFails(b => b.ConfigureSources(o => Break(o, nameof(EvidenceSourceOptions.ExtraIndexUrls))));

        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OsvBatchSizeZero_ThrowsNamingIt()
    {
        var error = OptionsValidation.BuildFails(b => b.ConfigureSources(o => o.OsvBatchSize = 0));

        OptionsValidation.AssertNames<EvidenceSourceOptions>(error, "OsvBatchSize must be between 1 and 1000", "It is 0.");
    }

    [Fact]
    public void Build_LoopbackHttp_IsAllowed()
    {
        using var instance = new Hosting.TrustCheckInspectorBuilder()
            .UseCacheDirectory(null)
            .UseStateDirectory(null)
            .ConfigureSources(o => (o.PyPiUrl, o.IndexUrl) = (new Uri("http://127.0.0.1:8080/"), new Uri("http://localhost:8080/simple/")))
            .Build();

        Assert.NotNull(instance);
    }

    private static void Break(EvidenceSourceOptions options, string member)
    {
        switch (member)
        {
            case nameof(EvidenceSourceOptions.PyPiUrl): options.PyPiUrl = new Uri("http://pypi.example/"); break;
            case nameof(EvidenceSourceOptions.IndexUrl): options.IndexUrl = new Uri("/simple/", UriKind.Relative); break;
            case nameof(EvidenceSourceOptions.OsvUrl): options.OsvUrl = new Uri("ftp://osv.example/"); break;
            case nameof(EvidenceSourceOptions.TufUrl): options.TufUrl = null!; break;
            case nameof(EvidenceSourceOptions.PopularPackagesUrl): options.PopularPackagesUrl = new Uri("http://top.example/top.json"); break;
            case nameof(EvidenceSourceOptions.ExtraIndexUrls): options.ExtraIndexUrls.Add(new Uri("http://ci:s3cret@private.example/simple/")); break;
            case nameof(EvidenceSourceOptions.TufRootPin): options.TufRootPin = null!; break;
            case nameof(EvidenceSourceOptions.OsvBatchSize): options.OsvBatchSize = 1001; break;
            case nameof(EvidenceSourceOptions.MaxDownloadBytes): options.MaxDownloadBytes = 0; break;
            default: throw new ArgumentOutOfRangeException(nameof(member), member, "No rule to break.");
        }
    }
}
