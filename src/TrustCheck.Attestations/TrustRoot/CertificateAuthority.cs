using System.Security.Cryptography.X509Certificates;

namespace TrustCheck.Attestations.TrustRoot;

/// <summary>A certificate authority (Fulcio) or timestamp authority trusted by a trusted root.</summary>
/// <param name="Uri">The authority's URI.</param>
/// <param name="Certificates">Its chain, leaf-most first and the self-signed root last.</param>
/// <param name="ValidFor">When certificates it issued may be trusted.</param>
public sealed record CertificateAuthority(string Uri, IReadOnlyList<X509Certificate2> Certificates, TimeRange ValidFor);
