namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>The kinds of dependency file that <see cref="DependencyFileReader"/> reads.</summary>
public enum DependencyFileFormat
{
    /// <summary>A pip requirements file (<c>requirements.txt</c>, <c>requirements.in</c>, any <c>*.txt</c> or <c>*.in</c>).</summary>
    Requirements,

    /// <summary>A PEP 751 lock file (<c>pylock.toml</c> or <c>pylock.NAME.toml</c>).</summary>
    Pylock,

    /// <summary>uv's lock file (<c>uv.lock</c>).</summary>
    UvLock,

    /// <summary>Poetry's lock file (<c>poetry.lock</c>).</summary>
    PoetryLock,

    /// <summary>A project's <c>pyproject.toml</c> (<c>[project]</c> dependencies, optional dependencies, PEP 735 dependency groups).</summary>
    Pyproject,
}
