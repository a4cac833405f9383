namespace TrustCheck.Packaging.Tests.Tags;

public sealed class WheelTargetTests
{
    private static readonly string[] NumpyLikeRelease =
    [
        "numpy-2.1.0-cp312-cp312-macosx_14_0_arm64.whl",
        "numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        "numpy-2.1.0-cp312-cp312-musllinux_1_2_x86_64.whl",
        "numpy-2.1.0-cp312-cp312-win_amd64.whl",
        "numpy-2.1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        "numpy-2.1.0-cp312-abi3-manylinux_2_28_x86_64.whl",
        "numpy-2.1.0.tar.gz",
    ];

    private static readonly string[] BuildTagged = ["pkg-1.0-1-py3-none-any.whl", "pkg-1.0-2-py3-none-any.whl"];

    [Theory]
    [InlineData("manylinux", "numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl")]
    [InlineData("musllinux", "numpy-2.1.0-cp312-cp312-musllinux_1_2_x86_64.whl")]
    [InlineData("windows", "numpy-2.1.0-cp312-cp312-win_amd64.whl")]
    [InlineData("macos", "numpy-2.1.0-cp312-cp312-macosx_14_0_arm64.whl")]
    public void SelectBest_CPython312_PicksThePlatformsOwnWheel(string platform, string expected)
    {
        var platforms = platform switch
        {
            "manylinux" => WheelPlatforms.Manylinux("x86_64", 27),
            "musllinux" => WheelPlatforms.Musllinux("x86_64", 2),
            "windows" => WheelPlatforms.Windows("amd64"),
            _ => WheelPlatforms.MacOS(14, "arm64"),
        };

        var best = WheelTarget.CPython(3, 12, platforms).SelectBest(NumpyLikeRelease.Select(f => DistributionFilename.Parse(f)));

        Assert.Equal(expected, best?.Filename);
    }

    [Fact]
    public void SelectBest_NewerGlibc_PrefersTheNewestCompatibleManylinux()
    {
        var best = WheelTarget.CPython(3, 12, WheelPlatforms.Manylinux("x86_64", 36)).SelectBest(NumpyLikeRelease.Select(f => DistributionFilename.Parse(f)));

        // cp312-cp312 outranks cp312-abi3 even though abi3 names a newer glibc: ABI comes before platform.
        Assert.Equal("numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", best?.Filename);
    }

    [Fact]
    public void SelectBest_UnsupportedInterpreter_FallsBackToTheSdistOnlyWhenAllowed()
    {
        var files = NumpyLikeRelease.Select(f => DistributionFilename.Parse(f)).ToList();
        var target = WheelTarget.CPython(3, 10, WheelPlatforms.Manylinux("x86_64", 17));

        Assert.Null(target.SelectBest(files));
        Assert.Equal("numpy-2.1.0.tar.gz", target.SelectBest(files, allowSourceDistribution: true)?.Filename);
    }

    [Fact]
    public void SelectBest_PurePythonWheel_IsCompatibleEverywhere()
    {
        var files = new[] { DistributionFilename.Parse("requests-2.32.3-py3-none-any.whl") };

        Assert.NotNull(WheelTarget.CPython(3, 13, WheelPlatforms.Windows("arm64")).SelectBest(files));
        Assert.NotNull(WheelTarget.CPython(3, 8, WheelPlatforms.MacOS(11, "x86_64")).SelectBest(files));
    }

    [Fact]
    public void SelectBest_SameTags_HigherBuildTagWins()
    {
        var files = BuildTagged.Select(f => DistributionFilename.Parse(f));

        Assert.Equal("pkg-1.0-2-py3-none-any.whl", WheelTarget.CPython(3, 12, ["any"]).SelectBest(files)?.Filename);
    }

    [Fact]
    public void Manylinux_X86_64_IncludesLegacyAliasesInOrder()
    {
        var platforms = WheelPlatforms.Manylinux("x86_64", 17).ToList();

        Assert.Equal("manylinux_2_17_x86_64", platforms[0]);
        Assert.Equal("manylinux2014_x86_64", platforms[1]);
        Assert.True(platforms.IndexOf("manylinux2010_x86_64") == platforms.IndexOf("manylinux_2_12_x86_64") + 1);
        Assert.True(platforms.IndexOf("manylinux1_x86_64") == platforms.IndexOf("manylinux_2_5_x86_64") + 1);
        Assert.Equal("linux_x86_64", platforms[^1]);
        Assert.DoesNotContain("manylinux_2_16_aarch64", WheelPlatforms.Manylinux("aarch64", 28));
    }
}
