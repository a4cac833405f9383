using System.Text;
using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.Packaging.Tests.DependencyFiles;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Packaging.Tests.Fuzzing;

/// <summary>
/// Requirements files and the TOML dependency files (pylock.toml, uv.lock, poetry.lock, pyproject.toml) under
/// mutations of files as the tools write them and TOML/requirements token soup: either the file reads, with every
/// entry located at a line of the file, or it fails with a <see cref="DependencyFileException"/> naming the file
/// (and, for a requirements file, the line).
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class DependencyFileFuzzTests
{
    private static readonly string[] RequirementsTokens =
        ["requests", "Django", "==", ">=", "2.31.0", "[socks]", "; python_version < '3.9'", " \\\n", "\n", "# via x\n",
         "--hash=sha256:", "0123456789abcdef", "-r ", "-c ", "base.txt", "missing.txt", "-e ", "--editable ", "./local",
         "git+https://github.com/a/b.git#egg=b", "https://h/x-1.0-py3-none-any.whl", "--index-url ", "--extra-index-url ",
         "https://pypi.org/simple", "--no-index", "--find-links ", "--pre", "--trusted-host ", "-i", "${HOME}", "${X}",
         "--only-binary=:all:", "--no-binary ", "-f", "--require-hashes", "@ ", " ", "\t", "=", "--", "-"];

    private static readonly string[] TomlTokens =
        ["\n", "[", "]", "[[", "]]", "=", " = ", "\"", "'", "\"\"\"", "'''", "{", "}", ",", ".", "#", "true", "false",
         "1979-05-27T07:32:00Z", "0x1F", "inf", "nan", "1e3", "packages", "package", "name", "version", "lock-version",
         "\"1.0\"", "\"requests\"", "\"2.31.0\"", "dependencies", "optional-dependencies", "dependency-groups", "project",
         "tool", "poetry", "metadata", "content-hash", "files", "sdist", "wheels", "hash", "hashes", "url", "path",
         "source", "registry", "\"https://pypi.org/simple\"", "marker", "markers", "extras", "requires-python",
         "\"sha256:ab\"", "{ sha256 = \"ab\" }", "[[packages]]", "[[package]]", "[project]", "[tool.poetry.dependencies]",
         "[metadata]", "a.b.c", "\\u0000", "\\", " "];

    private static readonly string[] RequirementsSeedFiles = ["pip-compile/requirements.txt", "pip-compile/requirements.in", "handwritten/requirements-dev.txt"];

    [Fact]
    public void RequirementsFile_MutatedAndGeneratedFiles_ReadOrNameTheLine()
    {
        using var directory = new TemporaryDirectory("trustcheck-fuzz-req-");
        directory.File("base.txt", "attrs==23.1.0\n-c constraints.txt\n"u8.ToArray());
        directory.File("constraints.txt", "attrs<24\n"u8.ToArray());
        var path = Path.Combine(directory.Path, "requirements.txt");
        var options = new DependencyFileReadOptions { EnvironmentVariable = name => name == "X" ? "expanded" : null, MaxFileBytes = 1024 * 1024 };
        var seeds = RequirementsSeedFiles
            .Select(f => File.ReadAllText(DependencyFileInputs.Path(f)))
            .Concat(FuzzSeeds.Property("vectors/packaging/requirements.json", "input").Take(200))
            .ToArray();

        var summary = FuzzCampaign.Run("requirements-file", FuzzSeeds.MutateOrSoup(seeds, RequirementsTokens, maxTokens: 60), input =>
        {
            File.WriteAllBytes(path, input);
            try
            {
                var contents = RequirementsFileReader.ReadAsync(path, options).GetAwaiter().GetResult();
                CheckLocations(contents, input);
                return FuzzOutcome.Accepted;
            }
            catch (DependencyFileException error)
            {
                Check(error.Line is > 0 && error.File.Length > 0 && error.Message.StartsWith(error.File, StringComparison.Ordinal), input, $"fails without naming a line: {error.Message}");
                return FuzzOutcome.Rejected;
            }
        });

        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"the campaign should see both outcomes: {summary.ToLine()}");
    }

    [Fact]
    public void PylockFile_MutatedAndGeneratedDocuments_ReadOrFailAsDependencyFileErrors() =>
        RunToml("pylock-toml", "pylock/pylock.toml", PylockFileReader.Read);

    [Fact]
    public void UvLockFile_MutatedAndGeneratedDocuments_ReadOrFailAsDependencyFileErrors() =>
        RunToml("uv-lock", "uv/uv.lock", UvLockFileReader.Read);

    [Fact]
    public void PoetryLockFile_MutatedAndGeneratedDocuments_ReadOrFailAsDependencyFileErrors() =>
        RunToml("poetry-lock", "poetry-1.8/poetry.lock", PoetryLockFileReader.Read, "poetry-1.1/poetry.lock");

    [Fact]
    public void PyprojectFile_MutatedAndGeneratedDocuments_ReadOrFailAsDependencyFileErrors() =>
        RunToml("pyproject-toml", "pyproject/pyproject.toml", PyprojectFileReader.Read);

    /// <summary>The reader's whole in-memory path (decode, TOML, format rules) without the file system.</summary>
    private static void RunToml(string parser, string seedFile, Func<string, TomlTable, DependencyFileContents> read, params string[] moreSeeds)
    {
        var path = Path.Combine(Path.GetTempPath(), Path.GetFileName(seedFile));
        var seeds = moreSeeds.Prepend(seedFile).Select(f => File.ReadAllText(DependencyFileInputs.Path(f))).ToArray();

        var summary = FuzzCampaign.Run(parser, FuzzSeeds.MutateOrSoup(seeds, TomlTokens, maxTokens: 80), input =>
        {
            try
            {
                var contents = read(path, TomlDocumentReader.Parse(DependencyFileText.Decode(path, input), path));
                CheckLocations(contents, input);
                return FuzzOutcome.Accepted;
            }
            catch (DependencyFileException error)
            {
                Check(error.File == path && error.Message.StartsWith(path, StringComparison.Ordinal), input, $"fails without naming the file: {error.Message}");
                Check(error.Line is null || error.Line > 0, input, $"names line {error.Line}");
                return FuzzOutcome.Rejected;
            }
        });

        Assert.True(summary.Rejected > 0, $"the campaign should see refusals: {summary.ToLine()}");
    }

    private static void CheckLocations(DependencyFileContents contents, byte[] input)
    {
        // Python's splitlines() boundaries, as the requirements reader counts lines (TOML counts fewer).
        var lines = 1 + FuzzSeeds.Text(input).Count(c => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029');
        foreach (var location in contents.Dependencies.Select(d => d.Location).Concat(contents.NotInspectable.Select(n => n.Location)))
        {
            // Entries of an included file carry that file's lines; only the fuzzed file's are bounded here.
            Check(location.Line > 0 && (location.File != contents.Path || location.Line <= lines), input, $"puts an entry at {location}");
        }
    }

    private static void Check(bool condition, byte[] input, string what)
    {
        if (!condition)
        {
            throw new FuzzFailureException($"'{Encoding.UTF8.GetString(input)}' {what}.");
        }
    }
}
