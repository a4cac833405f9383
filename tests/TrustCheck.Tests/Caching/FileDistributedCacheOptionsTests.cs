using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustCheck.Caching;
using TrustCheck.TestKit;
using TrustCheck.Tests.DependencyInjection;

namespace TrustCheck.Tests.Caching;

public sealed class FileDistributedCacheOptionsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("trustcheck-filecache-options-");

    public static TheoryData<string, string> BadValues => new()
    {
        { nameof(FileDistributedCacheOptions.Directory), "Directory is required." },
        { nameof(FileDistributedCacheOptions.MaxSizeBytes), "MaxSizeBytes must be positive. It is 0." },
        { nameof(FileDistributedCacheOptions.TimeProvider), "TimeProvider is required." },
    };

    public void Dispose() => _directory.Dispose();

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task AddFileDistributedCache_BadValue_HostStartFailsNamingIt(string member, string message)
    {
        var error = await OptionsValidation.HostStartFailsAsync(services => services.AddFileDistributedCache(o => Break(o, member)));

        OptionsValidation.AssertNames<FileDistributedCacheOptions>(error, member, message);
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Constructor_BadValue_ThrowsArgumentExceptionNamingIt(string member, string message)
    {
        var options = new FileDistributedCacheOptions();
        Break(options, member);

        var error = Assert.Throws<ArgumentException>(() => new FileDistributedCache(Options.Create(options)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private void Break(FileDistributedCacheOptions options, string member)
    {
        options.Directory = _directory.Path;
        switch (member)
        {
            case nameof(FileDistributedCacheOptions.Directory): options.Directory = " "; break;
            case nameof(FileDistributedCacheOptions.MaxSizeBytes): options.MaxSizeBytes = 0; break;
            case nameof(FileDistributedCacheOptions.TimeProvider): options.TimeProvider = null!; break;
            default: throw new ArgumentOutOfRangeException(nameof(member), member, "No rule to break.");
        }
    }
}
