using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TrustCheck.TestKit.Redis;

/// <summary>
/// A real <c>redis-server</c> process for tests: listens on 127.0.0.1 on a free port, persists nothing, and is
/// killed on dispose. Starting fails loudly (<see cref="RedisServerUnavailableException"/>) when <c>redis-server</c>
/// is not on PATH or does not answer PING in time; tests never skip silently.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    /// <summary>The executable looked up on PATH.</summary>
    public const string ExecutableName = "redis-server";

    private const int StartAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly ProcessOutput _output;
    private readonly string _workingDirectory;

    private RedisServer(Process process, ProcessOutput output, string workingDirectory, int port)
    {
        _process = process;
        _output = output;
        _workingDirectory = workingDirectory;
        Port = port;
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string: <c>127.0.0.1:{port}</c>.</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>What the server printed so far (for failure messages).</summary>
    public string Output => _output.Text;

    /// <summary>Starts a server and waits until it answers PING.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="RedisServerUnavailableException"><c>redis-server</c> is not on PATH or did not come up.</exception>
    public static Task<RedisServer> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync(Environment.GetEnvironmentVariable("PATH"), cancellationToken);

    /// <summary>Starts a server found on the given PATH value.</summary>
    /// <param name="pathVariable">The PATH to search.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    internal static async Task<RedisServer> StartAsync(string? pathVariable, CancellationToken cancellationToken)
    {
        var executable = FindOnPath(ExecutableName, pathVariable)
            ?? throw new RedisServerUnavailableException(
                $"'{ExecutableName}' was not found on PATH ({pathVariable}). The Redis cache tests need a real server: " +
                $"install it (Debian/Ubuntu: 'apt-get install -y redis-server'); .ci/run installs it when missing.");

        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var server = Launch(executable, port);
            try
            {
                await server.WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
                return server;
            }
            catch (RedisServerUnavailableException) when (attempt < StartAttempts && server.Output.Contains("in use", StringComparison.OrdinalIgnoreCase))
            {
                // Another process took the free port between our probe and redis-server's bind: try another.
                await server.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>
    /// Starts a server on a given port, e.g. the port of a server that was killed, to bring "the same" Redis back
    /// (empty: nothing is persisted).
    /// </summary>
    /// <param name="port">The port on 127.0.0.1.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="RedisServerUnavailableException"><c>redis-server</c> is not on PATH, the port is taken, or it did not come up.</exception>
    public static async Task<RedisServer> StartOnPortAsync(int port, CancellationToken cancellationToken = default)
    {
        var pathVariable = Environment.GetEnvironmentVariable("PATH");
        var executable = FindOnPath(ExecutableName, pathVariable)
            ?? throw new RedisServerUnavailableException($"'{ExecutableName}' was not found on PATH ({pathVariable}): install it (Debian/Ubuntu: 'apt-get install -y redis-server').");
        var server = Launch(executable, port);
        try
        {
            await server.WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Kills the server and removes its working folder.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(StopTimeout);
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        finally
        {
            _process.Dispose();
            try
            {
                Directory.Delete(_workingDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the folder is empty and under the temporary folder.
            }
        }
    }

    /// <summary>Finds an executable on a PATH value.</summary>
    /// <param name="name">The executable's name.</param>
    /// <param name="pathVariable">The PATH value.</param>
    /// <returns>Its full path, or null.</returns>
    internal static string? FindOnPath(string name, string? pathVariable)
    {
        if (string.IsNullOrEmpty(pathVariable))
        {
            return null;
        }

        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name } : [name];
        foreach (var folder in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var candidate in names)
            {
                var full = Path.Combine(folder, candidate);
                if (File.Exists(full))
                {
                    return full;
                }
            }
        }

        return null;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static RedisServer Launch(string executable, int port)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("trustcheck-redis-").FullName;
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
        };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var output = new ProcessOutput();
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => output.Append(e.Data);
        process.ErrorDataReceived += (_, e) => output.Append(e.Data);
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            Directory.Delete(workingDirectory, recursive: true);
            throw new RedisServerUnavailableException($"'{executable}' could not be started: {e.Message}", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new RedisServer(process, output, workingDirectory, port);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new RedisServerUnavailableException(
                    $"'{ExecutableName}' exited with code {_process.ExitCode} before answering PING on port {Port}. Its output:{Environment.NewLine}{Output}");
            }

            if (await AnswersPingAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (TimeProvider.System.GetElapsedTime(started) > StartTimeout)
            {
                throw new RedisServerUnavailableException(
                    $"'{ExecutableName}' did not answer PING on port {Port} within {StartTimeout.TotalSeconds:0} s. Its output:{Environment.NewLine}{Output}");
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> AnswersPingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken).ConfigureAwait(false);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            var buffer = new byte[64];
            var read = 0;
            while (read < buffer.Length)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                read += n;
                if (buffer.AsSpan(0, read).IndexOf("\r\n"u8) >= 0)
                {
                    break;
                }
            }

            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return false;
        }
    }

    // Collects the process's output lines from its event threads.
    private sealed class ProcessOutput
    {
        private readonly StringBuilder _text = new();
        private readonly Lock _lock = new();

        public string Text
        {
            get
            {
                lock (_lock)
                {
                    return _text.ToString();
                }
            }
        }

        public void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lock)
            {
                _text.AppendLine(line);
            }
        }
    }
}
