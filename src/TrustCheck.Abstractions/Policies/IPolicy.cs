using TrustCheck.Inspection;

namespace TrustCheck.Policies;

/// <summary>Weighs the findings of an inspection into a decision. Pure and synchronous: same input, same decision.</summary>
public interface IPolicy
{
    /// <summary>The policy's name (<c>default</c>, <c>strict</c>, <c>release-gate</c>, or a custom one).</summary>
    string Name { get; }

    /// <summary>Decides.</summary>
    /// <param name="input">The packages with their findings and provisional recommendations.</param>
    /// <returns>The decision.</returns>
    PolicyDecision Evaluate(PolicyInput input);

    /// <summary>
    /// Completes the inspection's options before any evidence is judged, e.g. a policy that requires a repository
    /// supplies <see cref="InspectionOptions.ExpectedRepository"/> so that providers prove it. What this returns is
    /// what every provider (<c>SignalContext.Options</c>) and <see cref="PolicyInput.Options"/> see. The default keeps
    /// the request's options.
    /// </summary>
    /// <param name="requested">The options the inspection was requested with.</param>
    /// <returns>The options to inspect with.</returns>
    InspectionOptions PrepareOptions(InspectionOptions requested) => requested;
}
