using TrustCheck.Http;

namespace TrustCheck.Tests.Http;

public sealed class NetrcFileTests
{
    private const string Netrc = """
        machine pypi.org login __token__ password pypi-upload
        machine packages.internal.example
          login ci
          password s3cret
        default login anonymous password guest
        """;

    [Theory]
    [InlineData("packages.internal.example", "ci", "s3cret")]
    [InlineData("PACKAGES.internal.example", "ci", "s3cret")]
    [InlineData("pypi.org", "__token__", "pypi-upload")]
    public void Find_MachineEntry_GivesItsLoginAndPassword(string host, string login, string password)
    {
        Assert.Equal((login, password), NetrcFile.Find(Netrc, host));
    }

    [Fact]
    public void Find_UnknownHost_IgnoresTheDefaultEntry()
    {
        Assert.Null(NetrcFile.Find(Netrc, "other.example"));
    }

    [Fact]
    public void WithCredentials_UrlWithItsOwnCredentials_IsKept()
    {
        using var scratch = new TestKit.TemporaryDirectory();
        var path = Path.Combine(scratch.Path, "netrc");
        File.WriteAllText(path, Netrc);
        var own = new Uri("https://me:mine@packages.internal.example/simple/");

        Assert.Equal(own, NetrcFile.WithCredentials(own, path));
        Assert.Equal("ci:s3cret", NetrcFile.WithCredentials(new Uri("https://packages.internal.example/simple/"), path).UserInfo);
        Assert.Equal(string.Empty, NetrcFile.WithCredentials(new Uri("https://packages.internal.example/simple/"), Path.Combine(scratch.Path, "absent")).UserInfo);
    }
}
