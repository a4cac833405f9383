using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using TrustCheck.Attestations.TrustRoot;

namespace TrustCheck.Attestations.Certificates;

/// <summary>
/// Builds and checks the path from a signing certificate to a trusted Fulcio CA at a given instant, using only the
/// certificates of the trusted root (never ones a bundle carries). Every certificate on the path must be valid at
/// that instant, every issuer must be a CA whose path-length limit holds, and the CA's own validity window in the
/// trusted root must contain the instant. Signatures between CA certificates are verified once and remembered.
/// </summary>
internal sealed class CertificateChainValidator
{
    private readonly ConcurrentDictionary<(string Child, string Issuer), bool> _verifiedCaLinks = new();

    /// <summary>The issuer of the leaf on the first valid path, or null with the reason no path exists.</summary>
    public X509Certificate2? FindIssuer(X509Certificate2 leaf, CertificateStructure leafStructure, IReadOnlyList<CertificateAuthority> authorities, DateTimeOffset instant, out string? error) =>
        FindIssuer(leaf, issuer => CertificateSignature.IsSignedBy(leafStructure, issuer), authorities, instant, out error);

    /// <summary>
    /// The same for a certificate of the trusted root itself (a timestamp authority's signing certificate): its
    /// signature, like those between CA certificates, is verified once and remembered. Never for a bundle's certificate.
    /// </summary>
    public X509Certificate2? FindIssuerOfTrustedCertificate(X509Certificate2 trusted, CertificateStructure structure, IReadOnlyList<CertificateAuthority> authorities, DateTimeOffset instant, out string? error) =>
        FindIssuer(trusted, issuer => IsCaLinkValid(trusted, structure, issuer), authorities, instant, out error);

    /// <summary>
    /// The issuer of the leaf on the first valid path, or null with the reason no path exists.
    /// <paramref name="isLeafSignedBy"/> checks the leaf's signature with a candidate issuer's key.
    /// </summary>
    public X509Certificate2? FindIssuer(X509Certificate2 leaf, Func<X509Certificate2, bool> isLeafSignedBy, IReadOnlyList<CertificateAuthority> authorities, DateTimeOffset instant, out string? error)
    {
        if (!IsValidAt(leaf, instant))
        {
            error = $"the signing certificate is not valid at {instant:O} (valid {Utc(leaf.NotBefore):O} to {Utc(leaf.NotAfter):O})";
            return null;
        }

        error = $"no trusted certificate authority valid at {instant:O} issued the signing certificate ({leaf.Issuer})";
        foreach (var authority in authorities)
        {
            if (!authority.ValidFor.Contains(instant))
            {
                continue;
            }

            var issuer = FindPath(leaf, isLeafSignedBy, authority.Certificates, instant, out var pathError);
            if (issuer is not null)
            {
                error = null;
                return issuer;
            }

            error = pathError ?? error;
        }

        return null;
    }

    private X509Certificate2? FindPath(X509Certificate2 leaf, Func<X509Certificate2, bool> isLeafSignedBy, IReadOnlyList<X509Certificate2> chain, DateTimeOffset instant, out string? error)
    {
        error = null;
        X509Certificate2? leafIssuer = null;
        var current = leaf;
        CertificateStructure? currentStructure = null;
        var caCertificatesBelow = 0;
        for (var depth = 0; depth <= chain.Count; depth++)
        {
            var issuer = chain.FirstOrDefault(c => c.SubjectName.RawData.AsSpan().SequenceEqual(current.IssuerName.RawData)
                && (currentStructure is null ? isLeafSignedBy(c) : IsCaLinkValid(current, currentStructure, c)));
            if (issuer is null)
            {
                return null;
            }

            var basic = issuer.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault();
            if (basic is not { CertificateAuthority: true })
            {
                error = $"'{issuer.Subject}' signs certificates but is not a CA";
                return null;
            }

            if (basic.HasPathLengthConstraint && caCertificatesBelow > basic.PathLengthConstraint)
            {
                error = $"'{issuer.Subject}' allows {basic.PathLengthConstraint} CA certificates below it, the path has {caCertificatesBelow}";
                return null;
            }

            if (!IsValidAt(issuer, instant))
            {
                error = $"'{issuer.Subject}' is not valid at {instant:O}";
                return null;
            }

            leafIssuer ??= issuer;
            if (issuer.SubjectName.RawData.AsSpan().SequenceEqual(issuer.IssuerName.RawData))
            {
                return leafIssuer;
            }

            if (!CertificateStructure.TryRead(issuer.RawDataMemory, out var issuerStructure))
            {
                error = $"'{issuer.Subject}' is not a well-formed certificate";
                return null;
            }

            caCertificatesBelow++;
            current = issuer;
            currentStructure = issuerStructure!;
        }

        error = "the certificate path is longer than the authority's chain";
        return null;
    }

    private bool IsCaLinkValid(X509Certificate2 child, CertificateStructure childStructure, X509Certificate2 issuer) =>
        _verifiedCaLinks.GetOrAdd((child.Thumbprint, issuer.Thumbprint), _ => CertificateSignature.IsSignedBy(childStructure, issuer));

    private static bool IsValidAt(X509Certificate2 certificate, DateTimeOffset instant) =>
        instant >= Utc(certificate.NotBefore) && instant <= Utc(certificate.NotAfter);

    private static DateTimeOffset Utc(DateTime local) => new(local.ToUniversalTime(), TimeSpan.Zero);
}
