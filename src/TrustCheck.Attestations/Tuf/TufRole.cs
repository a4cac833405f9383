namespace TrustCheck.Attestations.Tuf;

/// <summary>A TUF role: which keys may sign for it and how many signatures it needs.</summary>
/// <param name="Name">The role name.</param>
/// <param name="KeyIds">The key IDs of its keys.</param>
/// <param name="Threshold">The number of distinct valid signatures required.</param>
internal sealed record TufRole(string Name, IReadOnlyList<string> KeyIds, int Threshold);
