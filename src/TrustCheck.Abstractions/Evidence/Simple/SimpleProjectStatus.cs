namespace TrustCheck.Evidence.Simple;

/// <summary>A project's PEP 792 status.</summary>
/// <param name="Status">The status: <c>active</c>, <c>archived</c>, <c>quarantined</c>, <c>deprecated</c> (or a future one).</param>
/// <param name="Reason">The index's reason, when given.</param>
public sealed record SimpleProjectStatus(string Status, string? Reason = null)
{
    /// <summary>The status of a project whose index says nothing.</summary>
    public static SimpleProjectStatus Active { get; } = new("active");
}
