using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Sources;
using TrustCheck.TestKit;
using TrustCheck.Typosquatting;

namespace TrustCheck.Tests.Typosquatting;

/// <summary>The real top-PyPI list from the shared data, read in place through the product's own source, indexed once.</summary>
internal static class TyposquatCorpus
{
    private static readonly Lazy<(PopularPackages Popular, TyposquatDetector Detector)> Loaded = new(Load);

    public static string File => SharedData.PathOf("data/top-pypi/top-pypi-packages.min.json");

    public static PopularPackages Popular => Loaded.Value.Popular;

    public static TyposquatDetector Detector => Loaded.Value.Detector;

    private static (PopularPackages, TyposquatDetector) Load()
    {
        var services = new ServiceCollection();
        services.AddTrustCheck().ConfigureSources(sources => sources.PopularPackagesFile = File);
        using var provider = services.BuildServiceProvider();
        var popular = provider.GetRequiredService<IPopularPackagesSource>().GetAsync().GetAwaiter().GetResult();
        return (popular, new TyposquatDetector(PopularNameIndex.Build(popular)));
    }
}
