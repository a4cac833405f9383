using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.Packaging.Tests.Generators;
using TrustCheck.TestKit;

namespace TrustCheck.Packaging.Tests.DependencyFiles;

/// <summary>A pinned requirement and how a generated requirements file lays it out.</summary>
public sealed record PinLayout(string Name, string Version, int Hashes, bool Continued, bool TrailingComment, bool ViaComment, int BlankLinesBefore);

public static class RequirementsFileGenerators
{
    private static readonly string[] Names = ["requests", "Django", "zope.interface", "typing_extensions", "PyYAML", "ruamel.yaml.clib", "a", "x-y_z"];

    public static Arbitrary<PinLayout[]> Layouts() => Arb.From(Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Layout(), n)));

    private static Gen<PinLayout> Layout() =>
        from name in Gen.Elements(Names)
        from version in SpecifierGenerators.Finals()
        from hashes in Gen.Choose(0, 3)
        from continued in Gen.Elements(true, false)
        from trailing in Gen.Elements(true, false)
        from via in Gen.Elements(true, false)
        from blank in Gen.Choose(0, 2)
        select new PinLayout(name, version.ToString(), hashes, continued, trailing, via, blank);
}

[Properties(Arbitrary = [typeof(RequirementsFileGenerators)], MaxTest = 100)]
public sealed class RequirementsFilePropertyTests
{
    [Property]
    public void ReadAsync_GeneratedPinnedFile_ReadsEveryPinWithItsHashesAtItsFirstLine(PinLayout[] pins)
    {
        var text = new StringBuilder("# generated\n");
        var line = 2;
        var expected = new List<(string Name, string Version, int Line, string[] Digests)>();
        foreach (var (pin, index) in pins.Select((p, i) => (p, i)))
        {
            text.Append('\n', pin.BlankLinesBefore);
            line += pin.BlankLinesBefore;
            var digests = Enumerable.Range(0, pin.Hashes).Select(h => Digest(index, h)).ToArray();
            expected.Add((PackageName.Normalize(pin.Name), pin.Version, line, digests.Select(d => "sha256:" + d).ToArray()));
            text.Append(CultureInfo.InvariantCulture, $"{pin.Name}=={pin.Version}");
            foreach (var digest in digests)
            {
                text.Append(pin.Continued ? " \\\n    " : " ").Append("--hash=sha256:").Append(digest);
                line += pin.Continued ? 1 : 0;
            }

            text.Append(pin.TrailingComment ? "  # pinned\n" : "\n");
            line++;
            if (pin.ViaComment)
            {
                text.Append("    # via -r requirements.in\n");
                line++;
            }
        }

        using var directory = new TemporaryDirectory();
        var file = directory.Write("requirements.txt", text.ToString());
        var contents = RequirementsFileReader.ReadAsync(file).GetAwaiter().GetResult();

        Assert.Equal(expected, contents.Dependencies.Select(d => (d.Name.Normalized, d.PinnedVersion!, d.Location.Line, d.Digests())));
    }

    private static string Digest(int pin, int hash) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{pin}/{hash}")));
}
