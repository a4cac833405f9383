using TrustCheck.Http;

namespace TrustCheck.Tests.Http;

public sealed class UrlRedactorTests
{
    [Theory]
    [InlineData("https://user:s3cret@pypi.example.com/simple/", "https://***@pypi.example.com/simple/")]
    [InlineData("https://__token__:pypi-AgEIcHlwaS5vcmc@host:8443/simple/?x=1", "https://***@host:8443/simple/?x=1")]
    [InlineData("https://token@host/simple/", "https://***@host/simple/")]
    [InlineData("https://pypi.org/simple/", "https://pypi.org/simple/")]
    public void Redact_UrlWithUserInfo_MasksIt(string url, string expected) =>
        Assert.Equal(expected, UrlRedactor.Redact(new Uri(url)));

    [Fact]
    public void RedactText_MessageWithSeveralUrls_MasksEveryCredential()
    {
        var text = "GET https://alice:hunter2@a.example/simple/x/ failed; then 'http://bob:pw@127.0.0.1:81/p' and https://c.example/@notcreds";

        var redacted = UrlRedactor.RedactText(text);

        Assert.Equal("GET https://***@a.example/simple/x/ failed; then 'http://***@127.0.0.1:81/p' and https://c.example/@notcreds", redacted);
        Assert.DoesNotContain("hunter2", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", redacted, StringComparison.Ordinal);
    }
}
