using FsCheck.Xunit;
using TrustCheck.Packaging.Tests.Generators;

namespace TrustCheck.Packaging.Tests.Versions;

[Properties(Arbitrary = [typeof(VersionGenerators)], MaxTest = 300)]
public sealed class PythonVersionPropertyTests
{
    [Property]
    public void Parse_CanonicalText_FormatsBackToIt(VersionSpelling spelling) =>
        Assert.Equal(spelling.Canonical, PythonVersion.Parse(spelling.Canonical).ToString());

    [Property]
    public void Parse_AnyAllowedSpelling_EqualsTheCanonicalVersion(VersionSpelling spelling)
    {
        var canonical = PythonVersion.Parse(spelling.Canonical);
        var variant = PythonVersion.Parse(spelling.Variant);

        Assert.Equal(canonical, variant);
        Assert.Equal(canonical.ToString(), variant.ToString());
        Assert.Equal(canonical.GetHashCode(), variant.GetHashCode());
    }

    [Property]
    public void FromParts_Parts_EqualTheParsedCanonicalText(VersionSpelling spelling) =>
        Assert.Equal(spelling.Canonical, spelling.FromParts().ToString());

    [Property]
    public void ToString_ParsedAgain_IsIdempotent(PythonVersion version) =>
        Assert.Equal(version.ToString(), PythonVersion.Parse(version.ToString()).ToString());

    [Property]
    public void CompareTo_AnyPair_IsAntisymmetricAndConsistentWithEquality(PythonVersion a, PythonVersion b)
    {
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        Assert.Equal(a.CompareTo(b) == 0, a.Equals(b));
        if (a.Equals(b))
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Property]
    public void CompareTo_AnyTriple_IsTransitive(PythonVersion a, PythonVersion b, PythonVersion c)
    {
        var sorted = new[] { a, b, c }.Order().ToArray();

        Assert.True(sorted[0] <= sorted[1] && sorted[1] <= sorted[2]);
        Assert.True(sorted[0] <= sorted[2]);
    }

    [Property]
    public void Release_TrailingZeros_DoNotChangeTheVersion(PythonVersion version, byte extraZeros)
    {
        var padded = PythonVersion.FromParts(
            version.Release.Concat(Enumerable.Repeat(0L, extraZeros % 4)), version.Epoch, version.Pre, version.Post, version.Dev, version.Local);

        Assert.Equal(version, padded);
        Assert.Equal(version.GetHashCode(), padded.GetHashCode());
    }

    [Property]
    public void Ordering_OneRelease_DevBeforePreBeforeFinalBeforePost(PythonVersion version, byte number)
    {
        var release = version.Release;
        var dev = PythonVersion.FromParts(release, version.Epoch, dev: number);
        var pre = PythonVersion.FromParts(release, version.Epoch, pre: new PreRelease(PreReleaseLabel.Alpha, number));
        var final = PythonVersion.FromParts(release, version.Epoch);
        var post = PythonVersion.FromParts(release, version.Epoch, post: number);
        var local = PythonVersion.FromParts(release, version.Epoch, local: "local");

        Assert.True(dev < pre);
        Assert.True(pre < final);
        Assert.True(final < local);
        Assert.True(local < post);
    }

    [Property]
    public void Ordering_HigherEpoch_WinsOverAnyRelease(PythonVersion a, PythonVersion b)
    {
        var later = PythonVersion.FromParts(b.Release, a.Epoch + 1, b.Pre, b.Post, b.Dev, b.Local);

        Assert.True(a < later);
    }
}
