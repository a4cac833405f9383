using TrustCheck.Providers.Repositories;

namespace TrustCheck.Tests.Providers.Repositories;

public sealed class ExpectedRepositoryTests
{
    [Theory]
    [InlineData("pypa/sampleproject", "https://github.com/pypa/sampleproject")]
    [InlineData(" pypa/sampleproject/ ", "https://github.com/pypa/sampleproject")]
    [InlineData("https://github.com/pypa/sampleproject", "https://github.com/pypa/sampleproject")]
    [InlineData("github.com/pypa/sampleproject", "https://github.com/pypa/sampleproject")]
    [InlineData("gitlab.example.org/group/sub/project", "https://gitlab.example.org/group/sub/project")]
    [InlineData("git.example.org/owner/repo", "https://git.example.org/owner/repo")]
    [InlineData("git@gitlab.com:group/project.git", "https://gitlab.com/group/project")]
    public void TryParse_SupportedForm_NamesTheRepository(string value, string expected)
    {
        Assert.True(ExpectedRepository.TryParse(value, out var repository));
        Assert.Equal(expected, repository.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pypa")]
    [InlineData("user@example.org")]
    [InlineData("ftp://example.org/owner/repo")]
    [InlineData("sponsors/pypa")]
    public void TryParse_NotARepository_ReturnsFalse(string? value) =>
        Assert.False(ExpectedRepository.TryParse(value, out _));
}
