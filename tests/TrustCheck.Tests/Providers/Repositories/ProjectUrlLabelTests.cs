using TrustCheck.Providers.Repositories;

namespace TrustCheck.Tests.Providers.Repositories;

public sealed class ProjectUrlLabelTests
{
    [Theory]
    [InlineData("Homepage", "homepage")]
    [InlineData("Home-Page", "homepage")]
    [InlineData("home page", "homepage")]
    [InlineData("Bug Reports", "bugreports")]
    [InlineData("Say Thanks!", "saythanks")]
    [InlineData("Source_Code", "sourcecode")]
    [InlineData("What's New?", "whatsnew")]
    [InlineData("  Release Notes  ", "releasenotes")]
    [InlineData("$Funding+", "funding")]
    public void Normalize_Label_LowercasesAndStripsPunctuationAndWhitespace(string label, string expected) =>
        Assert.Equal(expected, ProjectUrlLabel.Normalize(label));

    [Theory]
    [InlineData("Source", "Source")]
    [InlineData("Source Code", "Source")]
    [InlineData("Repository", "Source")]
    [InlineData("GitHub", "Source")]
    [InlineData("Homepage", "Homepage")]
    [InlineData("Bug Reports", "Issues")]
    [InlineData("Issue Tracker", "Issues")]
    [InlineData("Documentation", "Documentation")]
    [InlineData("Changelog", "Changelog")]
    [InlineData("Funding", "Funding")]
    [InlineData("Download", "Download")]
    [InlineData("Say Thanks!", "Other")]
    public void KindOf_WellKnownLabel_IsRecognised(string label, string kind) =>
        Assert.Equal(kind, ProjectUrlLabel.KindOf(ProjectUrlLabel.Normalize(label)).ToString());
}
