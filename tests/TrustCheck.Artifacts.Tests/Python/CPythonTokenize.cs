using System.Diagnostics;
using System.Text.Json;
using TrustCheck.Artifacts.Python;
using TrustCheck.TestKit;

namespace TrustCheck.Artifacts.Tests.Python;

/// <summary>
/// Runs CPython's own <c>tokenize</c> (python3, 3.11) over many files in one process: the files are written to a
/// temporary folder (deleted afterwards), a script prints one JSON line per token, <c>[type, line, string]</c>.
/// </summary>
internal static class CPythonTokenize
{
    private const string Script = """
        import json, sys, tokenize, io
        out = sys.stdout
        for path in sys.argv[1:]:
            out.write("F\t" + path + "\n")
            with open(path, "rb") as f:
                data = f.read()
            try:
                toks = [[tokenize.tok_name[t.type], t.start[0], t.string] for t in tokenize.tokenize(io.BytesIO(data).readline)]
            except Exception as e:
                out.write("E\t" + type(e).__name__ + ": " + str(e).replace("\n", " ") + "\n")
                continue
            for t in toks:
                out.write(json.dumps(t) + "\n")
        """;

    /// <summary>CPython's tokens per file (kind, line, text), or the exception it raised; ENCODING tokens are left out.</summary>
    public static IReadOnlyList<(List<(PythonTokenKind Kind, int Line, string Text)>? Tokens, string? Error)> Run(IReadOnlyList<byte[]> files)
    {
        using var folder = new TemporaryDirectory("tc-pytokenize-");
        var paths = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var path = Path.Combine(folder.Path, $"{i:D5}.py");
            File.WriteAllBytes(path, files[i]);
            paths.Add(path);
        }

        var scriptPath = Path.Combine(folder.Path, "dump_tokens.py");
        File.WriteAllText(scriptPath, Script);
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(scriptPath);
        foreach (var path in paths)
        {
            start.ArgumentList.Add(path);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            Assert.Fail($"The differential test needs CPython 3.11 as 'python3' on PATH: {error.Message}");
            throw;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var results = new List<(List<(PythonTokenKind, int, string)>?, string?)>();
            List<(PythonTokenKind, int, string)>? current = null;
            string? line;
            while ((line = process.StandardOutput.ReadLine()) is not null)
            {
                if (line.StartsWith("F\t", StringComparison.Ordinal))
                {
                    current = [];
                    results.Add((current, null));
                }
                else if (line.StartsWith("E\t", StringComparison.Ordinal))
                {
                    results[^1] = (null, line[2..]);
                }
                else
                {
                    using var json = JsonDocument.Parse(line);
                    var type = json.RootElement[0].GetString()!;
                    if (type != "ENCODING")
                    {
                        current!.Add((KindOf(type), json.RootElement[1].GetInt32(), json.RootElement[2].GetString()!));
                    }
                }
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"python3 failed: {stderr.Result}");
            Assert.Equal(files.Count, results.Count);
            return results;
        }
    }

    /// <summary>The version python3 reports.</summary>
    public static string Version()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            var version = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            Assert.Fail($"The differential test needs CPython 3.11 as 'python3' on PATH: {error.Message}");
            throw;
        }
    }

    private static PythonTokenKind KindOf(string type) => type switch
    {
        "NAME" => PythonTokenKind.Name,
        "NUMBER" => PythonTokenKind.Number,
        "STRING" => PythonTokenKind.String,
        "OP" => PythonTokenKind.Operator,
        "COMMENT" => PythonTokenKind.Comment,
        "NEWLINE" => PythonTokenKind.Newline,
        "NL" => PythonTokenKind.NonLogicalNewline,
        "INDENT" => PythonTokenKind.Indent,
        "DEDENT" => PythonTokenKind.Dedent,
        "ENDMARKER" => PythonTokenKind.EndOfFile,
        "ERRORTOKEN" => PythonTokenKind.Error,
        _ => throw new InvalidOperationException($"Unexpected CPython token type {type}."),
    };
}
