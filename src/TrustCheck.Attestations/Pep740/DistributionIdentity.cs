namespace TrustCheck.Attestations.Pep740;

/// <summary>The distribution an attestation must be about: its file name and the SHA-256 PyPI publishes for it.</summary>
/// <param name="Filename">The file name, e.g. <c>pypi_attestations-0.0.19.tar.gz</c>.</param>
/// <param name="Sha256">The lower-case hex SHA-256 of the file.</param>
public sealed record DistributionIdentity(string Filename, string Sha256);
