namespace TrustCheck.Packaging.Tests.Markers;

public sealed class MarkerEnvironmentTests
{
    [Theory]
    [InlineData("linux", "Linux", "posix")]
    [InlineData("win32", "Windows", "nt")]
    [InlineData("darwin", "Darwin", "posix")]
    public void Constructor_CPythonTarget_FillsTheVariablesCPythonReports(string platform, string system, string osName)
    {
        var environment = new MarkerEnvironment("3.11", platform, "x86_64");

        Assert.Equal("3.11", environment.Values["python_version"]);
        Assert.Equal("3.11.0", environment.Values["python_full_version"]);
        Assert.Equal(system, environment.Values["platform_system"]);
        Assert.Equal(osName, environment.Values["os_name"]);
        Assert.Equal(platform, environment.Values["sys_platform"]);
        Assert.Equal("cpython", environment.Values["implementation_name"]);
    }

    [Theory]
    [InlineData("python_version >= '3.10' and sys_platform == 'linux'", true)]
    [InlineData("python_full_version < '3.12.4'", false)]
    [InlineData("platform_machine == 'aarch64'", false)]
    [InlineData("extra == 'test'", false)]
    public void Evaluate_ForCPythonWithFullVersion_UsesIt(string marker, bool expected)
    {
        var environment = MarkerEnvironment.ForCPython("3.12.4", "linux", "x86_64");

        Assert.Equal(expected, MarkerExpression.Parse(marker).Evaluate(environment));
    }

    [Fact]
    public void Evaluate_WithExtra_NormalizesBothSides()
    {
        var marker = MarkerExpression.Parse("extra == 'Test_Suite'");

        Assert.True(marker.Evaluate(MarkerEnvironment.Default.With("extra", "test.suite")));
        Assert.False(marker.Evaluate(MarkerEnvironment.Default));
    }

    [Fact]
    public void Evaluate_RequirementContextWithoutExtra_ThrowsUndefinedEnvironmentName()
    {
        var error = Assert.Throws<MarkerEvaluationException>(() => MarkerExpression.Parse("extra == 'a'").Evaluate(MarkerEnvironment.Default, MarkerContext.Requirement));

        Assert.Equal(MarkerEvaluationErrorKind.UndefinedEnvironmentName, error.Kind);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("3.x")]
    [InlineData("")]
    public void ForCPython_BadVersion_Throws(string version) =>
        Assert.Throws<ArgumentException>(() => MarkerEnvironment.ForCPython(version, "linux", "x86_64"));

    [Fact]
    public void Contains_TypedOverloads_AgreeWithCandidates()
    {
        var set = VersionSpecifierSet.Parse(">=1.0,<2");

        Assert.True(set.Contains(PythonVersion.Parse("1.5")));
        Assert.True(set.Contains("1.5"));
        Assert.False(set.Contains("2.0"));
        Assert.False(set.Contains("not a version"));
        Assert.True(VersionSpecifier.Parse("===Weird").Contains("weird"));
        Assert.False(VersionSpecifier.Parse("<2").Contains(PythonVersion.Parse("2.0a1")));
    }
}
