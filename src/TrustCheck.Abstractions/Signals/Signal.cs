using TrustCheck.Findings;

namespace TrustCheck.Signals;

/// <summary>What one provider concluded about one release.</summary>
public sealed record Signal
{
    /// <summary>The provider's name.</summary>
    public required string Provider { get; init; }

    /// <summary>Completed, indeterminate or skipped.</summary>
    public SignalStatus Status { get; init; } = SignalStatus.Completed;

    /// <summary>The findings.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Why the provider could not conclude, for an indeterminate signal; why it did not run, for a skipped one.</summary>
    public string? Error { get; init; }

    /// <summary>A completed signal.</summary>
    /// <param name="provider">The provider's name.</param>
    /// <param name="findings">The findings.</param>
    /// <returns>The signal.</returns>
    public static Signal Of(string provider, params IEnumerable<Finding> findings) => new() { Provider = provider, Findings = findings.ToList() };
}
