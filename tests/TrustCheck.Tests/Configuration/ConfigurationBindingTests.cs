using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TrustCheck.Caching;
using TrustCheck.Sources;

namespace TrustCheck.Tests.Configuration;

/// <summary><c>AddTrustCheck(configuration.GetSection("TrustCheck"))</c> in a generic host: settings bound, and every mistake fails the start naming its path.</summary>
public sealed class ConfigurationBindingTests
{
    [Fact]
    public async Task AddTrustCheck_FromConfiguration_BindsEverySection()
    {
        using var host = Host([
            new("TrustCheck:Sources:PyPiUrl", "https://pypi.internal.example/"),
            new("TrustCheck:Sources:ExtraIndexUrls:0", "https://extra.example/simple/"),
            new("TrustCheck:Cache:Offline", "true"),
            new("TrustCheck:Http:MaxRetries", "2"),
            new("TrustCheck:Paths:CacheDirectory", Path.Combine(Path.GetTempPath(), "trustcheck-binding-test")),
            new("TrustCheck:Inspection:PythonVersion", "3.11"),
            new("TrustCheck:Inspection:TrustedNames:0", "acme-core"),
            new("TrustCheck:Inspection:Policy", "strict"),
        ]);

        await host.StartAsync();

        Assert.Equal(new Uri("https://pypi.internal.example/"), host.Services.GetRequiredService<IOptions<EvidenceSourceOptions>>().Value.PyPiUrl);
        Assert.Equal([new Uri("https://extra.example/simple/")], host.Services.GetRequiredService<IOptions<EvidenceSourceOptions>>().Value.ExtraIndexUrls);
        Assert.True(host.Services.GetRequiredService<IOptions<EvidenceCacheOptions>>().Value.Offline);
        Assert.Equal(2, host.Services.GetRequiredService<IOptions<TrustCheck.Http.TrustCheckHttpOptions>>().Value.MaxRetries);
        var defaults = host.Services.GetRequiredService<IOptions<InspectionDefaults>>().Value;
        var options = defaults.ApplyTo(new Inspection.InspectionOptions { ExpectedRepository = "https://github.com/acme/core" });
        Assert.Equal(new Inspection.TargetEnvironment("3.11", "linux_x86_64"), options.Target);
        Assert.Equal(["acme-core"], options.TrustedNames);
        Assert.Equal("https://github.com/acme/core", options.ExpectedRepository);
        Assert.Equal("strict", defaults.Policy);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("TrustCheck:Sources:PyPiURL2", "https://x.example/", "PyPiURL2")]
    [InlineData("TrustCheck:Sourcez:PyPiUrl", "https://x.example/", "TrustCheck:Sourcez")]
    [InlineData("TrustCheck:Cache:Offline", "maybe", "TrustCheck:Cache:Offline")]
    [InlineData("TrustCheck:Http:MaxRetries", "many", "TrustCheck:Http:MaxRetries")]
    [InlineData("TrustCheck:Inspection:PythonVersion", "three", "Inspection:PythonVersion 'three'")]
    [InlineData("TrustCheck:Inspection:Policy", "lenient", "Inspection:Policy 'lenient'")]
    public async Task AddTrustCheck_BadSetting_FailsTheStartNamingIt(string key, string value, string named)
    {
        using var host = Host([new(key, value)]);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.True(error is OptionsValidationException or InvalidOperationException or AggregateException, error.ToString());
        Assert.Contains(named, Flatten(error), StringComparison.Ordinal);
    }

    private static IHost Host(KeyValuePair<string, string?>[] settings)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTrustCheck(builder.Configuration.GetSection("TrustCheck"));
        return builder.Build();
    }

    private static string Flatten(Exception error) => error switch
    {
        AggregateException aggregate => string.Join(" | ", aggregate.InnerExceptions.Select(Flatten)),
        _ => error.Message + (error.InnerException is null ? string.Empty : " | " + Flatten(error.InnerException)),
    };
}
