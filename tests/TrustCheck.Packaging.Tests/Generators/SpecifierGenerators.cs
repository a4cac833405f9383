using FsCheck;
using FsCheck.Fluent;

namespace TrustCheck.Packaging.Tests.Generators;

/// <summary>FsCheck generators for specifier sets built from generated versions.</summary>
public static class SpecifierGenerators
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "<", ">", "~="];

    public static Arbitrary<VersionSpecifierSet> Sets() => Arb.From(
        Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Clause(), n)).Select(clauses => VersionSpecifierSet.Parse(string.Join(", ", clauses))));

    public static Arbitrary<PythonVersion> Versions() => VersionGenerators.Versions();

    /// <summary>Release-only versions (no pre, post, dev or local parts).</summary>
    public static Gen<PythonVersion> Finals() =>
        Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 12), n)).Select(parts => PythonVersion.FromParts(parts.Select(p => (long)p)));

    private static Gen<string> Clause() =>
        from op in Gen.Elements(Operators)
        from version in VersionGenerators.Spelling()
        let text = op switch
        {
            "~=" => TwoPartRelease(version.Canonical),
            "==" or "!=" => version.Canonical,
            _ => version.Canonical.Split('+')[0],
        }
        select op + text;

    private static string TwoPartRelease(string canonical)
    {
        var version = PythonVersion.Parse(canonical.Split('+')[0]);
        return version.Release.Count >= 2 ? version.Public : PythonVersion.FromParts([version.Major, 0], version.Epoch, version.Pre, version.Post, version.Dev).ToString();
    }
}
