namespace TrustCheck.TestKit.Fuzzing;

/// <summary>
/// Mutates a seed input the way coverage-less fuzzers do: bit flips, interesting bytes, insertions, deletions,
/// duplicated and swapped chunks, truncation, and one to four of these stacked.
/// </summary>
public static class ByteMutator
{
    private static readonly byte[] Interesting =
        [0x00, 0x01, 0x7F, 0x80, 0xFF, (byte)'"', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':',
         (byte)'\\', (byte)'\n', (byte)'=', (byte)'0', (byte)'9', (byte)'-', (byte)'.', (byte)'/', (byte)' ', 0x30, 0x02, 0x04, 0x06, 0x81, 0x82, 0x84];

    /// <summary>A mutated copy of <paramref name="seed"/>; the seed itself is not changed.</summary>
    /// <param name="seed">The input to start from.</param>
    /// <param name="random">The source of choices (seeded by the campaign, so runs repeat).</param>
    public static byte[] Mutate(ReadOnlySpan<byte> seed, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var data = new List<byte>(seed.ToArray());
        var rounds = 1 + random.Next(4);
        for (var round = 0; round < rounds; round++)
        {
            Apply(data, random);
        }

        return [.. data];
    }

    private static void Apply(List<byte> data, Random random)
    {
        if (data.Count == 0)
        {
            data.Add(Interesting[random.Next(Interesting.Length)]);
            return;
        }

        var at = random.Next(data.Count);
        switch (random.Next(8))
        {
            case 0:
                data[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                data[at] = Interesting[random.Next(Interesting.Length)];
                break;
            case 2:
                data.Insert(at, Interesting[random.Next(Interesting.Length)]);
                break;
            case 3:
                data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(16)));
                break;
            case 4:
                var length = Math.Min(data.Count - at, 1 + random.Next(64));
                data.InsertRange(random.Next(data.Count), data.GetRange(at, length));
                break;
            case 5:
                data.RemoveRange(at, data.Count - at);
                break;
            case 6:
                data[at] = (byte)random.Next(256);
                break;
            default:
                var other = random.Next(data.Count);
                (data[at], data[other]) = (data[other], data[at]);
                break;
        }
    }
}
