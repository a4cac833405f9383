namespace TrustCheck.Artifacts.Capabilities;

/// <summary>When a piece of code runs: the same call is far more severe where it runs unasked.</summary>
public enum CodeLocation
{
    /// <summary>Inside a function: runs only when something calls it.</summary>
    Function,

    /// <summary>At module level: runs when the module is imported.</summary>
    ImportTime,

    /// <summary>At module level of an sdist's <c>setup.py</c>: runs when pip builds or installs the sdist.</summary>
    SetupScript,

    /// <summary>In a <c>.pth</c> file: runs at every interpreter start.</summary>
    Pth,
}
