using System.Text;

namespace TrustCheck.TestKit.Fuzzing;

/// <summary>
/// Grammar-aware random text: a run of tokens drawn from a parser's vocabulary (operators, keywords, numbers,
/// quotes, brackets, whitespace) with the occasional random character. Byte mutation rarely builds a new valid
/// construct; this reaches the parser's deeper states (nesting, operator sequences, odd keyword orders).
/// </summary>
public static class TokenSoup
{
    private static readonly string[] Wild = ["\0", "\t", "\r", "\n", "\u00A0", "\u2028", "\uFEFF", "é", "\U0001F600", "\\", "#", "%", "$"];

    /// <summary>Joins 1 to <paramref name="maxTokens"/> tokens of <paramref name="vocabulary"/>.</summary>
    /// <param name="vocabulary">The tokens to draw from.</param>
    /// <param name="random">The campaign's random source.</param>
    /// <param name="maxTokens">The most tokens in one input.</param>
    public static string Next(IReadOnlyList<string> vocabulary, Random random, int maxTokens = 24)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(random);
        var text = new StringBuilder();
        var count = 1 + random.Next(maxTokens);
        for (var i = 0; i < count; i++)
        {
            text.Append(random.Next(20) switch
            {
                0 => Wild[random.Next(Wild.Length)],
                1 => random.Next(100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                2 => new string(' ', random.Next(3)),
                _ => vocabulary[random.Next(vocabulary.Count)],
            });
        }

        return text.ToString();
    }

    /// <summary>UTF-8 bytes of <see cref="Next"/>.</summary>
    /// <param name="vocabulary">The tokens to draw from.</param>
    /// <param name="random">The campaign's random source.</param>
    /// <param name="maxTokens">The most tokens in one input.</param>
    public static byte[] NextBytes(IReadOnlyList<string> vocabulary, Random random, int maxTokens = 24) =>
        Encoding.UTF8.GetBytes(Next(vocabulary, random, maxTokens));

    /// <summary>An input maker for <see cref="FuzzCampaign.Run"/>: even inputs mutate a seed (in turn), odd ones are token soup.</summary>
    /// <param name="seeds">Valid inputs to mutate; at least one.</param>
    /// <param name="vocabulary">The tokens for the soup.</param>
    /// <param name="maxTokens">The most tokens in one soup input.</param>
    public static Func<Random, int, byte[]> OrMutations(IReadOnlyList<byte[]> seeds, IReadOnlyList<string> vocabulary, int maxTokens = 24)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 0)
        {
            throw new ArgumentException("Mutations need at least one seed.", nameof(seeds));
        }

        return (random, i) => i % 2 == 0 ? ByteMutator.Mutate(seeds[i / 2 % seeds.Count], random) : NextBytes(vocabulary, random, maxTokens);
    }
}
