using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Tests.DependencyInjection;

namespace TrustCheck.Tests.Configuration;

public sealed class TrustCheckPathsTests
{
    public static TheoryData<string, string, string> BadValues => new()
    {
        { nameof(TrustCheckPaths.CacheDirectory), "   ", "CacheDirectory is only white space" },
        { nameof(TrustCheckPaths.CacheDirectory), "cache\0dir", "CacheDirectory contains a character no path may hold. It is 'cache\\0dir'." },
        { nameof(TrustCheckPaths.StateDirectory), "   ", "StateDirectory is only white space" },
        { nameof(TrustCheckPaths.StateDirectory), "state\0dir", "StateDirectory contains a character no path may hold. It is 'state\\0dir'." },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task AddTrustCheck_BadDirectory_HostStartFailsNamingOptionAndValue(string member, string value, string message)
    {
        var error = await OptionsValidation.TrustCheckHostStartFailsAsync(t => Use(t, member, value));

        OptionsValidation.AssertNames<TrustCheckPaths>(error, member, message);
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Build_BadDirectory_ThrowsNamingOptionAndValue(string member, string value, string message)
    {
        var error = OptionsValidation.BuildFails(b => _ = member == nameof(TrustCheckPaths.CacheDirectory) ? b.UseCacheDirectory(value) : b.UseStateDirectory(value));

        OptionsValidation.AssertNames<TrustCheckPaths>(error, member, message);
    }

    private static void Use(ITrustCheckBuilder builder, string member, string value) =>
        _ = member == nameof(TrustCheckPaths.CacheDirectory) ? builder.UseCacheDirectory(value) : builder.UseStateDirectory(value);
}
