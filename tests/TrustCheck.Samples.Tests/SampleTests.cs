using TrustCheck.TestKit;

namespace TrustCheck.Samples.Tests;

/// <summary>
/// A sample run against the loopback index: its own scratch folder (cache and state), the loopback settings on its
/// command line after the sample's own arguments.
/// </summary>
public abstract class SampleTests(LoopbackIndex index) : IClassFixture<LoopbackIndex>, IDisposable
{
    protected LoopbackIndex Index { get; } = index;

    protected TemporaryDirectory Scratch { get; } = new("trustcheck-sample-");

    public void Dispose()
    {
        Scratch.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs a host sample from its output folder (its content root, where its appsettings.json is).</summary>
    private protected Task<SampleRun> RunAsync(SampleProgram sample, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        RunInAsync(sample.OutputDirectory, sample, arguments, environment);

    /// <summary>Runs a sample in a given working directory.</summary>
    private protected Task<SampleRun> RunInAsync(string workingDirectory, SampleProgram sample, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? trustedRoot = null) =>
        sample.RunAsync(workingDirectory, [.. arguments, .. Index.Settings(Scratch.Path, trustedRoot)], environment);

    private protected string Write(string name, string text)
    {
        var path = Path.Combine(Scratch.Path, name);
        File.WriteAllText(path, text);
        return path;
    }
}
