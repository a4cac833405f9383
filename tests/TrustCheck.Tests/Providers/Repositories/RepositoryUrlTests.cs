using TrustCheck.Providers.Repositories;

namespace TrustCheck.Tests.Providers.Repositories;

public sealed class RepositoryUrlTests
{
    /// <summary>Input → normalised web address, forge and scheme as written.</summary>
    public static TheoryData<string, string, RepositoryForge, string> Normalised() => new()
    {
        // GitHub: the plain forms.
        { "https://github.com/pypa/sampleproject", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com/pypa/sampleproject/", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com/pypa/sampleproject.git", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com/pypa/sampleproject.git/", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com/pypa/sampleproject//", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "  https://github.com/pypa/sampleproject  ", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://www.github.com/pypa/sampleproject", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "HTTPS://GitHub.com/pypa/sampleproject", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com./pypa/sampleproject", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com:443/pypa/sampleproject", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "http://github.com/pypa/sampleproject", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "http" },
        { "github.com/pypa/sampleproject", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://token:x-oauth@github.com/pypa/sampleproject", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },

        // GitHub: deep links cut back to the repository root.
        { "https://github.com/pypa/sampleproject/issues", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com/pypa/sampleproject/issues/42", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com/pypa/sampleproject/tree/main/src/sample", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com/pypa/sampleproject/blob/main/README.md", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com/pypa/sampleproject/wiki", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com/pypa/sampleproject/releases/tag/4.0.0", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com/pypa/sampleproject#readme", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com/pypa/sampleproject?tab=readme-ov-file", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://github.com/pypa/sampleproject/blob/main/CHANGELOG.md#400", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },

        // Clone URLs.
        { "git+https://github.com/pypa/sampleproject.git", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "git+https" },
        { "git+https://github.com/pypa/sampleproject.git@4.0.0", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "git+https" },
        { "git+ssh://git@github.com/pypa/sampleproject.git", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "git+ssh" },
        { "git+ssh://git@github.com/pypa/sampleproject.git@main", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "git+ssh" },
        { "git+https://github.com/pypa/sampleproject@v4.0.0#egg=sampleproject", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "git+https" },
        { "git+https://gitlab.com/group/sub/project.git@main", "https://gitlab.com/group/sub/project", RepositoryForge.GitLab, "git+https" },
        { "ssh://git@github.com/pypa/sampleproject.git", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "ssh" },
        { "ssh://git@github.com:22/pypa/sampleproject.git", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "ssh" },
        { "git://github.com/pypa/sampleproject.git", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "git" },
        { "git@github.com:pypa/sampleproject.git", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "scp" },
        { "git@github.com:pypa/sampleproject", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "scp" },
        { "git@github.com:/pypa/sampleproject.git", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "scp" },

        // GitHub Pages: PyPI counts https://<owner>.github.io/<repo>/… as the repository.
        { "https://pypa.github.io/sampleproject/", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://pypa.github.io/sampleproject/en/latest/usage.html", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://PyPA.github.io/sampleproject", "https://github.com/pypa/sampleproject", RepositoryForge.GitHub, "https" },
        { "https://pypa.github.io/", "https://github.com/pypa/pypa.github.io", RepositoryForge.GitHub, "https" },

        // GitLab, nested groups and self-hosted.
        { "https://gitlab.com/group/project", "https://gitlab.com/group/project", RepositoryForge.GitLab, "https" },
        { "https://gitlab.com/group/sub/project", "https://gitlab.com/group/sub/project", RepositoryForge.GitLab, "https" },
        { "https://gitlab.com/group/sub/deeper/project.git", "https://gitlab.com/group/sub/deeper/project", RepositoryForge.GitLab, "https" },
        { "https://gitlab.com/group/sub/project/-/issues", "https://gitlab.com/group/sub/project", RepositoryForge.GitLab, "https" },
        { "https://gitlab.com/group/sub/project/-/tree/main/src", "https://gitlab.com/group/sub/project", RepositoryForge.GitLab, "https" },
        { "https://gitlab.com/group/sub/project/-/blob/main/README.md", "https://gitlab.com/group/sub/project", RepositoryForge.GitLab, "https" },
        { "https://gitlab.com/group/sub/project/-/wikis/home", "https://gitlab.com/group/sub/project", RepositoryForge.GitLab, "https" },
        { "https://gitlab.com/group/sub/project/issues", "https://gitlab.com/group/sub/project", RepositoryForge.GitLab, "https" },
        { "https://gitlab.com/group/sub/project/tree/main", "https://gitlab.com/group/sub/project", RepositoryForge.GitLab, "https" },
        { "https://gitlab.com/group/sub/project/wikis/home", "https://gitlab.com/group/sub/project", RepositoryForge.GitLab, "https" },
        { "git@gitlab.com:group/sub/project.git", "https://gitlab.com/group/sub/project", RepositoryForge.GitLab, "scp" },
        { "https://gitlab.example.org/team/tools/project", "https://gitlab.example.org/team/tools/project", RepositoryForge.GitLab, "https" },
        { "https://gitlab.example.org/team/project/-/merge_requests/7", "https://gitlab.example.org/team/project", RepositoryForge.GitLab, "https" },
        { "https://salsa.debian.org/python-team/packages/sampleproject", "https://salsa.debian.org/python-team/packages/sampleproject", RepositoryForge.GitLab, "https" },
        { "ssh://git@gitlab.example.org:2222/team/project.git", "https://gitlab.example.org/team/project", RepositoryForge.GitLab, "ssh" },

        // Bitbucket and Codeberg.
        { "https://bitbucket.org/workspace/repo", "https://bitbucket.org/workspace/repo", RepositoryForge.Bitbucket, "https" },
        { "https://bitbucket.org/workspace/repo/src/main/setup.py", "https://bitbucket.org/workspace/repo", RepositoryForge.Bitbucket, "https" },
        { "https://bitbucket.org/workspace/repo/issues?status=new", "https://bitbucket.org/workspace/repo", RepositoryForge.Bitbucket, "https" },
        { "git@bitbucket.org:workspace/repo.git", "https://bitbucket.org/workspace/repo", RepositoryForge.Bitbucket, "scp" },
        { "https://codeberg.org/owner/repo", "https://codeberg.org/owner/repo", RepositoryForge.Codeberg, "https" },
        { "https://codeberg.org/owner/repo/src/branch/main/README.md", "https://codeberg.org/owner/repo", RepositoryForge.Codeberg, "https" },
        { "https://codeberg.org/owner/repo.git", "https://codeberg.org/owner/repo", RepositoryForge.Codeberg, "https" },

        // Other hosts: case kept, common deep links cut.
        { "https://git.example.org/Owner/Repo", "https://git.example.org/Owner/Repo", RepositoryForge.Other, "https" },
        { "https://git.example.org/owner/repo/src/branch/main", "https://git.example.org/owner/repo", RepositoryForge.Other, "https" },
        { "https://git.example.org/owner/repo/-/issues", "https://git.example.org/owner/repo", RepositoryForge.Other, "https" },
        { "https://git.example.org:8443/owner/repo.git", "https://git.example.org:8443/owner/repo", RepositoryForge.Other, "https" },
        { "https://git.sr.ht/~user/repo/tree/main", "https://git.sr.ht/~user/repo", RepositoryForge.Other, "https" },
        { "https://hg.example.org/project", "https://hg.example.org/project", RepositoryForge.Other, "https" },
        { "http://saythanks.io/to/example", "http://saythanks.io/to/example".Replace("http:", "https:", StringComparison.Ordinal), RepositoryForge.Other, "http" },
    };

    /// <summary>Values that name no repository.</summary>
    public static TheoryData<string?> NotRepositories() => new()
    {
        null,
        "",
        "   ",
        "UNKNOWN",
        "pypa/sampleproject",
        "https://github.com",
        "https://github.com/",
        "https://github.com/pypa",
        "https://github.com/sponsors/pypa",
        "https://github.com/orgs/pypa/people",
        "https://github.com/topics/python",
        "https://gitlab.com/group",
        "https://gitlab.com/group/-/issues",
        "https://gitlab.com/explore/projects",
        "https://bitbucket.org/workspace",
        "https://codeberg.org/owner",
        "https://donate.pypi.org",
        "https://example.org/",
        "https://github.com/.git",
        "mailto:maintainer@example.com",
        "ftp://ftp.example.org/pub/sampleproject",
        "file:///home/user/sampleproject",
        "git+file:///home/user/sampleproject",
        "example.org/owner/repo",
        "https://github.com/pypa/sample project",
        "git@github.com",
    };

    [Theory]
    [MemberData(nameof(Normalised))]
    public void TryParse_SupportedForm_NormalisesToRepositoryRoot(string input, string expected, RepositoryForge forge, string scheme)
    {
        Assert.True(RepositoryUrl.TryParse(input, out var url));

        Assert.Equal(expected, url.ToString());
        Assert.Equal(forge, url.Forge);
        Assert.Equal(scheme, url.Scheme);
    }

    [Theory]
    [MemberData(nameof(NotRepositories))]
    public void TryParse_NotARepository_ReturnsFalse(string? input)
    {
        Assert.False(RepositoryUrl.TryParse(input, out var url));
        Assert.Null(url);
    }

    [Theory]
    [InlineData("https://github.com/pypa/sampleproject", "git@github.com:PyPA/SampleProject.git")]
    [InlineData("https://github.com/pypa/sampleproject", "http://www.github.com/pypa/sampleproject/tree/main")]
    [InlineData("https://github.com/pypa/sampleproject", "https://pypa.github.io/sampleproject/")]
    [InlineData("https://github.com/pypa/sampleproject", "git+https://github.com/PYPA/sampleproject.git#egg=sampleproject")]
    [InlineData("https://gitlab.com/Group/Sub/Project", "https://gitlab.com/group/sub/project/-/issues")]
    [InlineData("https://bitbucket.org/Workspace/Repo", "git@bitbucket.org:workspace/repo.git")]
    [InlineData("https://codeberg.org/Owner/Repo", "https://codeberg.org/owner/repo/issues")]
    [InlineData("https://git.example.org/owner/repo", "ssh://git@git.example.org/owner/repo.git")]
    public void Equals_SameRepositoryWrittenDifferently_AreEqual(string left, string right)
    {
        var a = RepositoryUrl.Parse(left);
        var b = RepositoryUrl.Parse(right);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a.Key, b.Key);
    }

    [Theory]
    [InlineData("https://github.com/pypa/sampleproject", "https://github.com/pypa/sampleproject-fork")]
    [InlineData("https://github.com/pypa/sampleproject", "https://github.com/mallory/sampleproject")]
    [InlineData("https://github.com/pypa/sampleproject", "https://gitlab.com/pypa/sampleproject")]
    [InlineData("https://gitlab.com/group/sub/project", "https://gitlab.com/group/project")]
    [InlineData("https://git.example.org/Owner/Repo", "https://git.example.org/owner/repo")]
    [InlineData("https://git.example.org/owner/repo", "https://git.example.org:8443/owner/repo")]
    public void Equals_DifferentRepositories_AreNotEqual(string left, string right) =>
        Assert.NotEqual(RepositoryUrl.Parse(left), RepositoryUrl.Parse(right));

    [Fact]
    public void TryParse_GitLabSubgroups_SplitsOwnerAndName()
    {
        var url = RepositoryUrl.Parse("https://gitlab.com/Group/Sub/Project/-/tree/main");

        Assert.Equal("Group/Sub/Project", url.Path);
        Assert.Equal("Group/Sub", url.Owner);
        Assert.Equal("Project", url.Name);
        Assert.Equal("gitlab.com/group/sub/project", url.Key);
    }

    [Fact]
    public void TryParse_MixedCaseGitHub_KeepsCaseForDisplayButNotForEquality()
    {
        var url = RepositoryUrl.Parse("https://github.com/PyPA/SampleProject");

        Assert.Equal("PyPA/SampleProject", url.Path);
        Assert.Equal("github.com/pypa/sampleproject", url.Key);
        Assert.True(url.IsCaseInsensitive);
    }

    [Fact]
    public void TryParse_PlainHttp_IsRememberedAfterNormalising()
    {
        var url = RepositoryUrl.Parse("http://github.com/pypa/sampleproject");

        Assert.True(url.UsedPlainHttp);
        Assert.Equal("https", url.Uri.Scheme);
        Assert.False(RepositoryUrl.Parse("https://github.com/pypa/sampleproject").UsedPlainHttp);
    }

    [Fact]
    public void TryParse_GitHubPages_IsFlagged()
    {
        Assert.True(RepositoryUrl.Parse("https://pypa.github.io/sampleproject/").IsGitHubPages);
        Assert.False(RepositoryUrl.Parse("https://github.com/pypa/sampleproject").IsGitHubPages);
    }

    [Fact]
    public void TryParse_EscapedPath_IsUnescapedAndReescaped()
    {
        var url = RepositoryUrl.Parse("https://git.sr.ht/%7Euser/repo");

        Assert.Equal("~user/repo", url.Path);
        Assert.Equal(RepositoryUrl.Parse("https://git.sr.ht/~user/repo"), url);
    }

    [Fact]
    public void Parse_NotARepository_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => RepositoryUrl.Parse("https://donate.pypi.org"));

    [Theory]
    [InlineData("https://git.example.org/owner/repo", "https://git.example.org/owner/repo/docs/index.html", true)]
    [InlineData("https://github.com/pypa/sampleproject", "https://github.com/pypa/sampleproject/issues", true)]
    [InlineData("https://git.example.org/owner/repo", "https://git.example.org/owner/repository", false)]
    [InlineData("https://git.example.org/owner/repo", "https://git.example.org/owner", false)]
    [InlineData("https://github.com/pypa/sampleproject", "https://github.com/pypa/sampleproject-extra", false)]
    public void Covers_SubPath_FollowsPyPiRule(string repository, string other, bool covers) =>
        Assert.Equal(covers, RepositoryUrl.Parse(repository).Covers(RepositoryUrl.Parse(other)));

    [Fact]
    public void Equals_RecordCopyWithOtherScheme_StillEqualOnHostAndPath()
    {
        var https = RepositoryUrl.Parse("https://github.com/pypa/sampleproject");
        var ssh = RepositoryUrl.Parse("git@github.com:pypa/sampleproject.git");

        Assert.True(https == ssh);
        Assert.NotEqual(https.Scheme, ssh.Scheme);
        Assert.Single(new HashSet<RepositoryUrl> { https, ssh });
    }
}
