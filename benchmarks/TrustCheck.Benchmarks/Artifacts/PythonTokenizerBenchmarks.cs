using BenchmarkDotNet.Attributes;
using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Python;
using TrustCheck.TestKit;

namespace TrustCheck.Benchmarks.Artifacts;

/// <summary>
/// The Python tokenizer over every .py member of the real pip-25.0.1 wheel (../shared/data/wheels), target ≥ 50 MB/s
/// of source single-threaded: <see cref="Tokenize"/> the decoded texts (one token list, cleared per file), and
/// <see cref="DecodeAndTokenize"/> from the bytes (PEP 263 decoding, then the tokens).
/// </summary>
[MemoryDiagnoser]
public class PythonTokenizerBenchmarks
{
    private readonly List<PythonToken> _tokens = new(1 << 16);
    private byte[][] _files = [];
    private string[] _texts = [];

    /// <summary>The total size of the sources in bytes (printed at setup; MB/s = this / mean time).</summary>
    public long TotalBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        using var stream = File.OpenRead(SharedData.PathOf("data/wheels/pip-25.0.1-py3-none-any.whl"));
        var contents = SafeArchiveReader.Read(stream, ArchiveFormat.Zip);
        _files = [.. contents.Members.Where(m => m.Path.EndsWith(".py", StringComparison.Ordinal)).Select(m => m.Content.ToArray())];
        _texts = [.. _files.Select(f => PythonSource.Decode(f).Text)];
        TotalBytes = _files.Sum(f => (long)f.Length);
        Console.WriteLine($"// PythonTokenizer corpus: {_files.Length} files, {TotalBytes} bytes, {_texts.Sum(t => (long)t.Length)} chars");
    }

    [Benchmark]
    public int Tokenize()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            _tokens.Clear();
            PythonTokenizer.Tokenize(text, _tokens);
            count += _tokens.Count;
        }

        return count;
    }

    [Benchmark]
    public int DecodeAndTokenize()
    {
        var count = 0;
        foreach (var file in _files)
        {
            count += PythonSource.Decode(file).Tokens.Count;
        }

        return count;
    }
}
