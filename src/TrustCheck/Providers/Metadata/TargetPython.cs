using System.Diagnostics.CodeAnalysis;
using TrustCheck.Packaging;

namespace TrustCheck.Providers.Metadata;

/// <summary>
/// The target Python version that <c>Requires-Python</c> is evaluated against, resolved the way pip resolves
/// <c>--python-version</c>: the numeric parts are padded with zeros to three (or cut to three), so <c>3.12</c> is
/// <c>3.12.0</c> and <c>&gt;=3.12.1</c> excludes it, exactly as it does for <c>pip install --python-version 3.12</c>.
/// </summary>
internal static class TargetPython
{
    /// <summary>Resolves a target version.</summary>
    /// <param name="text">The target (<c>3.12</c>, <c>3.12.4</c>).</param>
    /// <param name="version">The version installers compare against.</param>
    /// <returns>Whether the text is a Python version.</returns>
    public static bool TryResolve(string? text, [NotNullWhen(true)] out PythonVersion? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('.');
        if (parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            var padded = parts.Concat(Enumerable.Repeat("0", 3)).Take(3);
            return PythonVersion.TryParse(string.Join('.', padded), out version);
        }

        return PythonVersion.TryParse(text.Trim(), out version);
    }
}
