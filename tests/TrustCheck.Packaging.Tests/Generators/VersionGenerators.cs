using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace TrustCheck.Packaging.Tests.Generators;

/// <summary>
/// FsCheck generators for PEP 440 versions. The canonical text is built here, independently of
/// <see cref="PythonVersion.ToString"/>, so it serves as an oracle; the variant uses the other spellings PEP 440 allows.
/// </summary>
public static class VersionGenerators
{
    private static readonly string[][] PreSpellings = [["a", "alpha", "A", "Alpha"], ["b", "beta", "B", "BETA"], ["rc", "c", "pre", "preview", "RC"]];
    private static readonly string[] Separators = ["", ".", "-", "_"];

    public static Arbitrary<VersionSpelling> Spellings() => Arb.From(Spelling());

    public static Arbitrary<PythonVersion> Versions() => Arb.From(Spelling().Select(s => PythonVersion.Parse(s.Canonical)));

    public static Gen<VersionSpelling> Spelling() =>
        from epoch in Gen.Frequency((6, Gen.Constant(0L)), (1, Gen.Choose(1, 3).Select(i => (long)i)))
        from release in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(SmallNumber(), n))
        from pre in Gen.Frequency((2, Gen.Constant<(int Label, long Number)?>(null)), (1, PreGen()))
        from post in Optional(SmallNumber())
        from dev in Optional(SmallNumber())
        from local in Gen.Frequency((3, Gen.Constant<string[]?>(null)), (1, LocalSegments()))
        from variant in VariantChoices()
        select Build(epoch, release, pre, post, dev, local, variant);

    private static Gen<long> SmallNumber() =>
        Gen.Frequency((3, Gen.Choose(0, 3)), (2, Gen.Choose(0, 30)), (1, Gen.Choose(0, 100_000))).Select(i => (long)i);

    private static Gen<long?> Optional(Gen<long> gen) =>
        Gen.Frequency((2, Gen.Constant<long?>(null)), (1, gen.Select(n => (long?)n)));

    private static Gen<(int Label, long Number)?> PreGen() =>
        from label in Gen.Choose(0, 2)
        from number in SmallNumber()
        select ((int, long)?)(label, number);

    private static Gen<string[]?> LocalSegments() =>
        Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(
            Gen.OneOf(
                Gen.Choose(0, 500).Select(i => i.ToString(CultureInfo.InvariantCulture)),
                Gen.Elements("ubuntu", "deb12", "cpu", "cu121", "abc", "g1a2b3c")), n))
            .Select(a => (string[]?)a);

    private static Gen<int[]> VariantChoices() => Gen.ArrayOf(Gen.Choose(0, 1000), 12);

    private static VersionSpelling Build(long epoch, long[] release, (int Label, long Number)? pre, long? post, long? dev, string[]? local, int[] pick)
    {
        var invariant = CultureInfo.InvariantCulture;
        var releaseText = string.Join('.', release.Select(n => n.ToString(invariant)));
        var preLabel = pre is { } p ? new[] { "a", "b", "rc" }[p.Label] : null;
        var canonical = (epoch != 0 ? $"{epoch}!" : string.Empty) + releaseText
            + (pre is { } p1 ? preLabel + p1.Number.ToString(invariant) : string.Empty)
            + (post is { } po ? ".post" + po.ToString(invariant) : string.Empty)
            + (dev is { } d ? ".dev" + d.ToString(invariant) : string.Empty)
            + (local is null ? string.Empty : "+" + string.Join('.', local.Select(s => NormalizeLocal(s))));

        string Pick(string[] options, int slot) => options[pick[slot] % options.Length];
        string Number(long n, int slot) => pick[slot] % 4 == 0 ? "0" + n.ToString(invariant) : n.ToString(invariant);

        var variant = (pick[0] % 3 == 0 ? " \t" : string.Empty) + (pick[1] % 2 == 0 ? "v" : string.Empty)
            + (epoch != 0 ? Number(epoch, 2) + "!" : pick[2] % 5 == 0 ? "0!" : string.Empty)
            + string.Join('.', release.Select((n, i) => Number(n, (3 + i) % 12)));
        if (pre is { } p2)
        {
            // An omitted number means 0; only omit it when the number is 0 and no "-N" post-release follows, which
            // would then read as the pre-release number ("1.0rc-18" is rc18).
            var omit = p2.Number == 0 && pick[4] % 2 == 0 && !(post is not null && pick[9] % 3 == 0);
            var number = omit ? string.Empty : Pick(Separators, 5) + Number(p2.Number, 6);
            variant += Pick(Separators, 7) + Pick(PreSpellings[p2.Label], 8) + number;
        }

        if (post is { } po2)
        {
            variant += pick[9] % 3 == 0 && post is not null
                ? "-" + po2.ToString(invariant)
                : Pick(Separators, 10) + Pick(["post", "rev", "r", "POST"], 11) + Pick(Separators, 1) + po2.ToString(invariant);
        }

        if (dev is { } d2)
        {
            variant += Pick(Separators, 2) + Pick(["dev", "DEV"], 3) + (d2 == 0 && pick[6] % 2 == 0 ? string.Empty : d2.ToString(invariant));
        }

        if (local is not null)
        {
            variant += "+" + string.Join(string.Empty, local.Select((s, i) => (i == 0 ? string.Empty : Pick(["-", "_", "."], (i + 4) % 12)) + (pick[(i + 7) % 12] % 2 == 0 ? s.ToUpperInvariant() : s)));
        }

        variant += pick[5] % 4 == 0 ? "\n " : string.Empty;
        var localSegments = local is null ? null : string.Join('.', local);
        var preRelease = pre is { } p3 ? new PreRelease((PreReleaseLabel)p3.Label, p3.Number) : (PreRelease?)null;
        return new VersionSpelling(epoch, release, preRelease, post, dev, localSegments, canonical, variant);
    }

    private static string NormalizeLocal(string segment) =>
        segment.All(char.IsAsciiDigit) ? long.Parse(segment, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : segment;
}
