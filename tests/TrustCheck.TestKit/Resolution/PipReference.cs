using System.ComponentModel;
using System.Text.Json;
using TrustCheck.Packaging;

namespace TrustCheck.TestKit.Resolution;

/// <summary>
/// Runs pip as the reference resolver: <c>python3 -m pip install --dry-run --ignore-installed --no-cache-dir
/// --disable-pip-version-check --quiet --report {tmp}.json --index-url {url} ROOT==V</c>, with <c>PIP_NO_INPUT=1</c>,
/// <c>PIP_CONFIG_FILE=/dev/null</c>, every other <c>PIP_*</c> variable and proxy removed (only the loopback index is
/// reachable). Nothing is installed.
/// </summary>
public sealed class PipReference
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly string[] NoSolutionSignatures = ["ResolutionImpossible", "No matching distribution found", "Could not find a version that satisfies"];

    private PipReference(string python, string pipVersion, string pythonVersion, string platform)
    {
        Python = python;
        PipVersion = pipVersion;
        PythonVersion = pythonVersion;
        Platform = platform;
    }

    /// <summary>The interpreter that runs pip: the executable behind <c>python3</c> (or <c>$TRUSTCHECK_PYTHON</c>), as it reports <c>sys.executable</c>.</summary>
    public string Python { get; }

    /// <summary>pip's version (<c>23.2.1</c>).</summary>
    public string PipVersion { get; }

    /// <summary>The interpreter's full version, <c>X.Y.Z</c>: the target pip resolves for.</summary>
    public string PythonVersion { get; }

    /// <summary>The interpreter's platform as a wheel tag (<c>linux_x86_64</c>).</summary>
    public string Platform { get; }

    /// <summary>Finds python3 and pip and asks the interpreter its version and platform.</summary>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <exception cref="PipReferenceException">python3 or pip is missing or unusable; the message says how to install it.</exception>
    public static async Task<PipReference> LocateAsync(CancellationToken cancellationToken = default)
    {
        var python = Environment.GetEnvironmentVariable("TRUSTCHECK_PYTHON") is { Length: > 0 } configured ? configured : "python3";
        var probe = await RunAsync(
            python,
            ["-c", "import sys, sysconfig; import pip; print(pip.__version__); print('%d.%d.%d' % sys.version_info[:3]); print(sysconfig.get_platform()); print(sys.executable)"],
            cancellationToken).ConfigureAwait(false);
        if (probe.ExitCode != 0)
        {
            throw new PipReferenceException(
                $"'{python}' cannot import pip (exit code {probe.ExitCode}); the resolver differential test needs python3 with pip " +
                $"(apt-get install -y python3-pip, or set TRUSTCHECK_PYTHON). stderr:\n{probe.Stderr}");
        }

        var lines = probe.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 4)
        {
            throw new PipReferenceException($"Unexpected answer from '{python}' when asked for pip's version and the platform:\n{probe.Stdout}");
        }

        // The interpreter itself, not a launcher: a pyenv shim rehashes on every start and fails when runs overlap.
        var executable = File.Exists(lines[3]) ? lines[3] : python;
        return new PipReference(executable, lines[0], lines[1], lines[2].Replace('-', '_').Replace('.', '_'));
    }

    /// <summary>Asks pip what it would install for <c>{root}=={version}</c> from the index.</summary>
    /// <param name="indexUrl">The Simple API index (<see cref="Http.Evidence.EvidenceServer.IndexUrl"/>).</param>
    /// <param name="root">The root project.</param>
    /// <param name="version">The root version.</param>
    /// <param name="cancellationToken">Cancels pip (the process tree is killed).</param>
    /// <returns>The installed set, or no solution with pip's explanation.</returns>
    /// <exception cref="PipReferenceException">pip failed for another reason than no solution, or wrote no report.</exception>
    public async Task<PipOutcome> ResolveAsync(Uri indexUrl, string root, string version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indexUrl);
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentException.ThrowIfNullOrEmpty(version);
        using var directory = new TemporaryDirectory();
        var report = Path.Combine(directory.Path, "report.json");
        var result = await RunAsync(
            Python,
            [
                "-m", "pip", "install", "--dry-run", "--ignore-installed", "--no-cache-dir", "--disable-pip-version-check", "--quiet",
                "--report", report, "--index-url", indexUrl.AbsoluteUri, $"{root}=={version}",
            ],
            cancellationToken).ConfigureAwait(false);
        if (result.ExitCode == 0)
        {
            if (!File.Exists(report))
            {
                throw new PipReferenceException($"pip succeeded but wrote no report for {root}=={version}. stderr:\n{result.Stderr}");
            }

            return new PipOutcome(ReadInstalled(await File.ReadAllBytesAsync(report, cancellationToken).ConfigureAwait(false)), result.Stderr);
        }

        if (result.ExitCode == 1 && NoSolutionSignatures.Any(s => result.Stderr.Contains(s, StringComparison.Ordinal)))
        {
            return new PipOutcome(null, result.Stderr);
        }

        throw new PipReferenceException($"pip failed for {root}=={version} from {indexUrl} (exit code {result.ExitCode}) for a reason that is not 'no solution'. stderr:\n{result.Stderr}");
    }

    /// <summary>The (normalized name, canonical version) pairs of a pip installation report's <c>install[].metadata</c>.</summary>
    /// <param name="report">The report's bytes.</param>
    public static IReadOnlySet<(string Name, string Version)> ReadInstalled(byte[] report)
    {
        using var document = JsonDocument.Parse(report);
        var installed = new HashSet<(string, string)>();
        foreach (var item in document.RootElement.GetProperty("install").EnumerateArray())
        {
            var metadata = item.GetProperty("metadata");
            installed.Add(Key(metadata.GetProperty("name").GetString()!, metadata.GetProperty("version").GetString()!));
        }

        return installed;
    }

    /// <summary>The comparison key of a release: PEP 503 normalized name, PEP 440 canonical version (trailing zeros kept).</summary>
    /// <param name="name">The project name.</param>
    /// <param name="version">The version.</param>
    public static (string Name, string Version) Key(string name, string version) =>
        (PackageName.Normalize(name), Packaging.PythonVersion.TryParse(version, out var parsed) ? parsed.ToString() : version);

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = Processes.ChildProcess.StartInfo(file, arguments);
        foreach (var variable in start.Environment.Keys.ToList())
        {
            if (variable.StartsWith("PIP_", StringComparison.OrdinalIgnoreCase) || variable.EndsWith("_proxy", StringComparison.OrdinalIgnoreCase)
                || variable.StartsWith("PYTHON", StringComparison.Ordinal))
            {
                start.Environment.Remove(variable);
            }
        }

        start.Environment["PIP_NO_INPUT"] = "1";
        start.Environment["PIP_CONFIG_FILE"] = "/dev/null";
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        start.Environment["NO_PROXY"] = "127.0.0.1,localhost";
        try
        {
            var result = await Processes.ChildProcess.RunAsync(start, Timeout, cancellationToken).ConfigureAwait(false);
            return (result.ExitCode, result.Output, result.Error);
        }
        catch (Win32Exception error)
        {
            throw new PipReferenceException(
                $"'{file}' is not on PATH: the resolver differential test needs python3 with pip (apt-get install -y python3 python3-pip, or set TRUSTCHECK_PYTHON).",
                error);
        }
        catch (TimeoutException timeout)
        {
            throw new PipReferenceException(timeout.Message, timeout);
        }
    }
}
