namespace TrustCheck.TestKit.FailClosed;

/// <summary>A fail-closed row made concrete: the baseline provenance and trusted root, and their spoiled versions.</summary>
/// <param name="BaselineProvenance">The provenance that must verify against <paramref name="BaselineTrustedRoot"/>.</param>
/// <param name="BaselineTrustedRoot">The test Sigstore's trusted root.</param>
/// <param name="SpoiledProvenance">The provenance with the row's one input spoiled.</param>
/// <param name="SpoiledTrustedRoot">The trusted root, spoiled when the row is about it.</param>
public sealed record FailClosedPair(string BaselineProvenance, byte[] BaselineTrustedRoot, string SpoiledProvenance, byte[] SpoiledTrustedRoot);
