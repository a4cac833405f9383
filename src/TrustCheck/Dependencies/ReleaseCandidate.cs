using TrustCheck.Evidence.PyPi;
using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>One release of a project's <c>releases</c> map, as far as choosing a version is concerned.</summary>
internal sealed class ReleaseCandidate
{
    private ReleaseCandidate(string text, PythonVersion version, bool hasFiles, bool yanked, bool admitsPython)
    {
        Text = text;
        Version = version;
        Candidate = VersionCandidate.FromText(text);
        HasFiles = hasFiles;
        Yanked = yanked;
        AdmitsPython = admitsPython;
    }

    /// <summary>The version as the index spells it (the key of <c>releases</c>).</summary>
    public string Text { get; }

    /// <summary>The parsed version.</summary>
    public PythonVersion Version { get; }

    /// <summary>What specifiers test (<c>===</c> compares <see cref="Text"/>).</summary>
    public VersionCandidate Candidate { get; }

    /// <summary>Whether the release has at least one file.</summary>
    public bool HasFiles { get; }

    /// <summary>Whether every file is yanked (the flag is per release; a mixed release is treated as not yanked).</summary>
    public bool Yanked { get; }

    /// <summary>Whether some file's <c>requires_python</c> admits the target (true for a release without files).</summary>
    public bool AdmitsPython { get; }

    /// <summary>Whether the release may be chosen, by what the project document says.</summary>
    public bool IsUsable => HasFiles && !Yanked && AdmitsPython;

    /// <summary>A candidate from a <c>releases</c> entry; null when the version is not PEP 440 (ignored, never a crash).</summary>
    /// <param name="version">The key.</param>
    /// <param name="files">The files.</param>
    /// <param name="python">The target interpreter.</param>
    public static ReleaseCandidate? From(string version, IReadOnlyList<PyPiFile> files, PythonVersion python)
    {
        if (!PythonVersion.TryParse(version, out var parsed))
        {
            return null;
        }

        var hasFiles = files.Count > 0;
        return new ReleaseCandidate(
            version,
            parsed,
            hasFiles,
            hasFiles && files.All(f => f.Yanked),
            !hasFiles || files.Any(f => RequiresPython.Admits(f.RequiresPython, python)));
    }
}
