namespace TrustCheck.Artifacts.Capabilities;

/// <summary>What a module can do that matters when it changes: the capabilities compared with the previous release.</summary>
public enum Capability
{
    /// <summary>Opens network connections or fetches URLs.</summary>
    Network,

    /// <summary>Starts processes.</summary>
    Process,

    /// <summary>Runs code built at run time (<c>exec</c>, <c>eval</c>, <c>compile</c>).</summary>
    DynamicCode,

    /// <summary>Loads native libraries (<c>ctypes</c>).</summary>
    NativeLoading,

    /// <summary>Loads code objects from bytes (<c>marshal</c>).</summary>
    CodeDeserialization,
}
