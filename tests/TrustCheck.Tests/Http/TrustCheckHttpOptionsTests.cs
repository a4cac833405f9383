using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Http;
using TrustCheck.Tests.DependencyInjection;

namespace TrustCheck.Tests.Http;

public sealed class TrustCheckHttpOptionsTests
{
    public static TheoryData<string, string> BadValues => new()
    {
        { nameof(TrustCheckHttpOptions.MaxConcurrencyPerHost), "It is 0." },
        { nameof(TrustCheckHttpOptions.MaxQueuedPerHost), "It is -1." },
        { nameof(TrustCheckHttpOptions.AttemptTimeout), "It is 00:00:00." },
        { nameof(TrustCheckHttpOptions.TotalTimeout), "It is 00:00:05 (AttemptTimeout 00:00:10)." },
        { nameof(TrustCheckHttpOptions.MaxRetries), "It is -1." },
        { nameof(TrustCheckHttpOptions.RetryBaseDelay), "It is -00:00:00.0010000." },
        { nameof(TrustCheckHttpOptions.MaxRetryDelay), "It is 00:00:00.1000000 (RetryBaseDelay 00:00:00.5000000)." },
        { nameof(TrustCheckHttpOptions.CircuitBreakerFailureRatio), "It is 0." },
        { nameof(TrustCheckHttpOptions.CircuitBreakerMinimumThroughput), "It is 1." },
        { nameof(TrustCheckHttpOptions.CircuitBreakerSamplingDuration), "It is 00:00:01 (AttemptTimeout 00:00:20)." },
        { nameof(TrustCheckHttpOptions.CircuitBreakerBreakDuration), "It is 00:00:00.1000000." },
        { nameof(TrustCheckHttpOptions.MaxRedirects), "It is -1." },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task AddTrustCheck_BadValue_HostStartFailsNamingOptionAndValue(string member, string value)
    {
        var error = await OptionsValidation.TrustCheckHostStartFailsAsync(t => t.ConfigureHttp(o => Break(o, member)));

        OptionsValidation.AssertNames<TrustCheckHttpOptions>(error, member, value);
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Build_BadValue_ThrowsNamingOptionAndValue(string member, string value)
    {
        var error = OptionsValidation.BuildFails(b => b.ConfigureHttp(o => Break(o, member)));

        OptionsValidation.AssertNames<TrustCheckHttpOptions>(error, member, value);
    }

    [Fact]
    public void Build_FailureRatioAboveOne_ThrowsNamingIt()
    {
        var error = OptionsValidation.BuildFails(b => b.ConfigureHttp(o => o.CircuitBreakerFailureRatio = 1.5));

        OptionsValidation.AssertNames<TrustCheckHttpOptions>(error, "CircuitBreakerFailureRatio must be in (0, 1]", "It is 1.5.");
    }

    private static void Break(TrustCheckHttpOptions options, string member)
    {
        switch (member)
        {
            case nameof(TrustCheckHttpOptions.MaxConcurrencyPerHost): options.MaxConcurrencyPerHost = 0; break;
            case nameof(TrustCheckHttpOptions.MaxQueuedPerHost): options.MaxQueuedPerHost = -1; break;
            case nameof(TrustCheckHttpOptions.AttemptTimeout): options.AttemptTimeout = TimeSpan.Zero; break;
            case nameof(TrustCheckHttpOptions.TotalTimeout): (options.AttemptTimeout, options.TotalTimeout) = (TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5)); break;
            case nameof(TrustCheckHttpOptions.MaxRetries): options.MaxRetries = -1; break;
            case nameof(TrustCheckHttpOptions.RetryBaseDelay): options.RetryBaseDelay = TimeSpan.FromMilliseconds(-1); break;
            case nameof(TrustCheckHttpOptions.MaxRetryDelay): options.MaxRetryDelay = TimeSpan.FromMilliseconds(100); break;
            case nameof(TrustCheckHttpOptions.CircuitBreakerFailureRatio): options.CircuitBreakerFailureRatio = 0; break;
            case nameof(TrustCheckHttpOptions.CircuitBreakerMinimumThroughput): options.CircuitBreakerMinimumThroughput = 1; break;
            case nameof(TrustCheckHttpOptions.CircuitBreakerSamplingDuration): options.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(1); break;
            case nameof(TrustCheckHttpOptions.CircuitBreakerBreakDuration): options.CircuitBreakerBreakDuration = TimeSpan.FromMilliseconds(100); break;
            case nameof(TrustCheckHttpOptions.MaxRedirects): options.MaxRedirects = -1; break;
            default: throw new ArgumentOutOfRangeException(nameof(member), member, "No rule to break.");
        }
    }
}
