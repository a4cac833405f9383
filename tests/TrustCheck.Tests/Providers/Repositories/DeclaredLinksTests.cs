using TrustCheck.Providers.Repositories;

namespace TrustCheck.Tests.Providers.Repositories;

public sealed class DeclaredLinksTests
{
    [Fact]
    public void Of_RealSampleprojectMetadata_ReadsEveryNonEmptyLink()
    {
        var release = EvidenceFixtures.ReadSampleRelease();

        var links = DeclaredLinks.Of(release.Info);

        // home_page and download_url are "" in the real document: only the five project_urls remain.
        Assert.Equal(["Bug Reports", "Funding", "Homepage", "Say Thanks!", "Source"], links.Select(l => l.Label));
        Assert.All(links, l => Assert.Equal(DeclaredLinks.ProjectUrlsField, l.Field));
        Assert.Equal(["Bug Reports", "Homepage", "Source"], links.Where(l => l.IsRepositoryLink).Select(l => l.Label));
        Assert.Equal("claimed.project_urls.bugreports", links[0].EvidenceKey);
    }

    [Fact]
    public void Of_LegacyFields_AreLinksWithTheirOwnKinds()
    {
        var info = EvidenceFixtures.Info(new Dictionary<string, string>(), "https://github.com/pypa/sampleproject", "https://github.com/pypa/sampleproject/releases");

        var links = DeclaredLinks.Of(info);

        Assert.Collection(
            links,
            l => Assert.Equal((DeclaredLinks.HomePageField, ProjectUrlKind.Homepage, "claimed.home_page"), (l.Field, l.Kind, l.EvidenceKey)),
            l => Assert.Equal((DeclaredLinks.DownloadUrlField, ProjectUrlKind.Download, "claimed.download_url"), (l.Field, l.Kind, l.EvidenceKey)));
    }

    [Fact]
    public void IsRepositoryLink_OtherHostWithSourceLabel_Counts()
    {
        var info = EvidenceFixtures.Info(new Dictionary<string, string>
        {
            ["Source"] = "https://git.example.org/team/sampleproject",
            ["Documentation"] = "https://sampleproject.readthedocs.io/en/latest",
        });

        var links = DeclaredLinks.Of(info);

        Assert.True(Assert.Single(links, l => l.Label == "Source").IsRepositoryLink);
        Assert.False(Assert.Single(links, l => l.Label == "Documentation").IsRepositoryLink);
    }

    [Fact]
    public void EvidenceKey_LabelsThatNormaliseAlike_ShareTheKeyStem()
    {
        var info = EvidenceFixtures.Info(new Dictionary<string, string>
        {
            ["Home-Page"] = "https://github.com/pypa/sampleproject",
            ["homepage"] = "https://github.com/pypa/sampleproject/",
        });

        var links = DeclaredLinks.Of(info);

        Assert.All(links, l => Assert.Equal("claimed.project_urls.homepage", l.EvidenceKey));
        Assert.All(links, l => Assert.Equal(ProjectUrlKind.Homepage, l.Kind));
    }
}
