using TrustCheck.Packaging;

namespace TrustCheck.Inspection;

/// <summary>The interpreter and platform dependencies are resolved for (markers, <c>Requires-Python</c>).</summary>
/// <param name="PythonVersion">The Python version (<c>3.12</c>, or a full <c>3.12.4</c>).</param>
/// <param name="Platform">A platform tag (<c>linux_x86_64</c>, <c>win_amd64</c>, <c>macosx_14_0_arm64</c>).</param>
public sealed record TargetEnvironment(string PythonVersion, string Platform)
{
    /// <summary>The default target: CPython 3.12 on Linux x86-64.</summary>
    public static TargetEnvironment Default { get; } = new("3.12", "linux_x86_64");

    /// <summary>The marker environment for this target.</summary>
    /// <returns>The environment markers are evaluated in.</returns>
    public MarkerEnvironment ToMarkerEnvironment()
    {
        var (system, machine) = Platform switch
        {
            _ when Platform.StartsWith("win", StringComparison.Ordinal) => ("win32", Platform.EndsWith("arm64", StringComparison.Ordinal) ? "ARM64" : "AMD64"),
            _ when Platform.StartsWith("macosx", StringComparison.Ordinal) => ("darwin", Platform.EndsWith("arm64", StringComparison.Ordinal) ? "arm64" : "x86_64"),
            _ => ("linux", Platform.EndsWith("aarch64", StringComparison.Ordinal) ? "aarch64" : "x86_64"),
        };
        return new MarkerEnvironment(PythonVersion, system, machine);
    }
}
