using System.Globalization;

namespace TrustCheck.Benchmarks.Packaging;

/// <summary>A deterministic mix of version strings shaped like the ones PyPI serves.</summary>
public static class VersionCorpus
{
    public static string[] Create(int count, int seed = 440)
    {
        var random = new Random(seed);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = Next(random);
        }

        return result;
    }

    private static string Next(Random random)
    {
        var invariant = CultureInfo.InvariantCulture;
        var parts = random.Next(1, 5);
        var text = string.Join('.', Enumerable.Range(0, parts).Select(_ => random.Next(0, 40).ToString(invariant)));
        text += random.Next(10) switch
        {
            0 => "a" + random.Next(5).ToString(invariant),
            1 => "b" + random.Next(5).ToString(invariant),
            2 => "rc" + random.Next(5).ToString(invariant),
            3 => ".post" + random.Next(5).ToString(invariant),
            4 => ".dev" + random.Next(50).ToString(invariant),
            5 => "+local." + random.Next(9).ToString(invariant),
            6 => "-1",
            _ => string.Empty,
        };
        return random.Next(20) == 0 ? "1!" + text : text;
    }
}
