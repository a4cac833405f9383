using System.Net;
using System.Net.Sockets;
using TrustCheck.TestKit.Redis;

namespace TrustCheck.TestKit.Tests;

public sealed class RedisServerTests
{
    [Fact]
    public async Task StartAsync_NoRedisServerOnPath_FailsLoudlyWithTheFix()
    {
        using var empty = new TemporaryDirectory("trustcheck-emptypath-");

        var error = await Assert.ThrowsAsync<RedisServerUnavailableException>(() => RedisServer.StartAsync(empty.Path, CancellationToken.None));

        Assert.Contains("redis-server", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_RedisServerOnPath_AnswersOnLoopbackUntilDisposed()
    {
        var server = await RedisServer.StartAsync();
        var port = server.Port;
        Assert.Equal($"127.0.0.1:{port}", server.ConnectionString);

        await server.DisposeAsync();

        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
    }

    [Fact]
    public void FindOnPath_ExecutableInSecondFolder_ReturnsItsFullPath()
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();
        var executable = Path.Combine(second.Path, "tool");
        File.WriteAllText(executable, string.Empty);

        var found = RedisServer.FindOnPath("tool", first.Path + Path.PathSeparator + second.Path);

        Assert.Equal(executable, found);
    }
}
