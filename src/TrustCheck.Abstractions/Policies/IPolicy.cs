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
}
