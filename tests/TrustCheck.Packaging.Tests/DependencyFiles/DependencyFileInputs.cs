using System.Text;
using TrustCheck.Packaging.DependencyFiles;
using TrustCheck.TestKit;

namespace TrustCheck.Packaging.Tests.DependencyFiles;

/// <summary>The dependency files under Inputs/ (copied to the output) and helpers for files written by a test.</summary>
internal static class DependencyFileInputs
{
    /// <summary>The absolute path of a file under Inputs/.</summary>
    public static string Path(string relative) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, "DependencyFiles", "Inputs", relative));

    /// <summary>Writes a UTF-8 text file (creating folders) under a temporary directory and returns its absolute path.</summary>
    public static string Write(this TemporaryDirectory directory, string relative, string text)
    {
        var path = System.IO.Path.Combine(directory.Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <summary>Options with a fixed environment for <c>${VAR}</c>.</summary>
    public static DependencyFileReadOptions WithEnvironment(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return new DependencyFileReadOptions { EnvironmentVariable = name => map.GetValueOrDefault(name) };
    }

    /// <summary>The one dependency of that (normalized) name.</summary>
    public static DeclaredDependency Single(this DependencyFileContents contents, string name) =>
        Assert.Single(contents.Dependencies, d => d.Name.Normalized == name);

    /// <summary>The digests of a dependency, as <c>algorithm:digest</c>.</summary>
    public static string[] Digests(this DeclaredDependency dependency) => dependency.Hashes.Select(h => $"{h.Algorithm}:{h.Digest}").ToArray();
}
