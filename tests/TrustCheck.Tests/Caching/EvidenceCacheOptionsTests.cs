using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Caching;
using TrustCheck.Tests.DependencyInjection;

namespace TrustCheck.Tests.Caching;

public sealed class EvidenceCacheOptionsTests
{
    public static TheoryData<string> Durations =>
    [
        nameof(EvidenceCacheOptions.Retention),
        nameof(EvidenceCacheOptions.NotFoundFreshness),
        nameof(EvidenceCacheOptions.MemoryRetention),
        nameof(EvidenceCacheOptions.MaxFreshness),
        nameof(EvidenceCacheOptions.SharedCacheRetryInterval),
    ];

    [Theory]
    [MemberData(nameof(Durations))]
    public async Task AddTrustCheck_NegativeDuration_HostStartFailsNamingOptionAndValue(string member)
    {
        var error = await OptionsValidation.TrustCheckHostStartFailsAsync(t => t.ConfigureCache(o => Break(o, member)));

        OptionsValidation.AssertNames<EvidenceCacheOptions>(error, member + " cannot be negative", "It is -00:00:01.");
    }

    [Theory]
    [MemberData(nameof(Durations))]
    public void Build_NegativeDuration_ThrowsNamingOptionAndValue(string member)
    {
        var error = OptionsValidation.BuildFails(b => b.ConfigureCache(o => Break(o, member)));

        OptionsValidation.AssertNames<EvidenceCacheOptions>(error, member + " cannot be negative", "It is -00:00:01.");
    }

    private static void Break(EvidenceCacheOptions options, string member)
    {
        var negative = TimeSpan.FromSeconds(-1);
        switch (member)
        {
            case nameof(EvidenceCacheOptions.Retention): options.Retention = negative; break;
            case nameof(EvidenceCacheOptions.NotFoundFreshness): options.NotFoundFreshness = negative; break;
            case nameof(EvidenceCacheOptions.MemoryRetention): options.MemoryRetention = negative; break;
            case nameof(EvidenceCacheOptions.SharedCacheRetryInterval): options.SharedCacheRetryInterval = negative; break;
            case nameof(EvidenceCacheOptions.MaxFreshness): options.MaxFreshness = negative; break;
            default: throw new ArgumentOutOfRangeException(nameof(member), member, "No rule to break.");
        }
    }
}
