namespace TrustCheck.Signals;

/// <summary>Whether a provider reached a judgment.</summary>
public enum SignalStatus
{
    /// <summary>The provider ran; its findings are complete.</summary>
    Completed,

    /// <summary>The provider failed; nothing can be concluded from its silence.</summary>
    Indeterminate,

    /// <summary>The provider was not asked to judge (its opt-in evidence, such as downloaded files, was not loaded); <see cref="Signal.Error"/> says how to ask.</summary>
    Skipped,
}
