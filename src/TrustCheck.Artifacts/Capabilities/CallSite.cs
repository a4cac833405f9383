namespace TrustCheck.Artifacts.Capabilities;

/// <summary>A call in a module: its callee as a dotted name resolved through the module's imports, where it runs, its arguments' tokens.</summary>
/// <param name="Name">The callee, e.g. <c>subprocess.Popen</c>, <c>exec</c>, <c>?.read</c> for a method of an unnamed value.</param>
/// <param name="Line">Its line.</param>
/// <param name="Location">When it runs.</param>
/// <param name="Scope">The function it is in (0 at module level).</param>
/// <param name="Open">The index of its <c>(</c> token.</param>
/// <param name="Close">The index of its <c>)</c> token (the end of the module when unclosed).</param>
public sealed record CallSite(string Name, int Line, CodeLocation Location, int Scope, int Open, int Close)
{
    /// <summary>The last segment of <see cref="Name"/> (computed once: every rule asks for it).</summary>
    public string LastSegment { get; } = Name[(Name.LastIndexOf('.') + 1)..];

    /// <summary>The block (suite) the call is in; statements of one block run one after the other.</summary>
    internal int Block { get; init; }

    /// <summary>Whether the call is inside a function body (even in <c>setup.py</c>, where its location is the setup script).</summary>
    internal bool InFunction { get; init; }
}
