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
    public X509Certificate2? FindIssuer(LeafCertificate leaf, IReadOnlyList<CertificateAuthority> authorities, DateTimeOffset instant, out string? error) =>
        FindIssuer(leaf, issuer => CertificateSignature.IsSignedBy(leaf.Structure, issuer), authorities, instant, out error);

    /// <summary>
    /// The issuer of the leaf on the first valid path, or null with the reason no path exists.
    /// <paramref name="isLeafSignedBy"/> checks the leaf's signature with a candidate issuer's key.
    /// </summary>
    public X509Certificate2? FindIssuer(LeafCertificate leaf, Func<X509Certificate2, bool> isLeafSignedBy, IReadOnlyList<CertificateAuthority> authorities, DateTimeOffset instant, out string? error) =>
        FindIssuer(new PathStart(leaf.IssuerName, leaf.NotBefore, leaf.NotAfter, () => leaf.IssuerDisplayName), isLeafSignedBy, authorities, instant, out error);

    /// <summary>
    /// The same for a certificate of the trusted root itself (a timestamp authority's signing certificate): its
    /// signature, like those between CA certificates, is verified once and remembered. Never for a bundle's certificate.
    /// </summary>
    public X509Certificate2? FindIssuerOfTrustedCertificate(X509Certificate2 trusted, CertificateStructure structure, IReadOnlyList<CertificateAuthority> authorities, DateTimeOffset instant, out string? error) =>
        FindIssuer(
            new PathStart(trusted.IssuerName.RawData, Utc(trusted.NotBefore), Utc(trusted.NotAfter), () => trusted.Issuer),
            issuer => IsCaLinkValid(trusted, structure, issuer),
            authorities,
            instant,
            out error);

    private X509Certificate2? FindIssuer(PathStart start, Func<X509Certificate2, bool> isStartSignedBy, IReadOnlyList<CertificateAuthority> authorities, DateTimeOffset instant, out string? error)
    {
        if (instant < start.NotBefore || instant > start.NotAfter)
        {
            error = $"the signing certificate is not valid at {instant:O} (valid {start.NotBefore:O} to {start.NotAfter:O})";
            return null;
        }

        string? pathError = null;
        foreach (var authority in authorities)
        {
            if (!authority.ValidFor.Contains(instant))
            {
                continue;
            }

            var issuer = FindPath(start, isStartSignedBy, authority.Certificates, instant, out var authorityError);
            if (issuer is not null)
            {
                error = null;
                return issuer;
            }

            pathError = authorityError ?? pathError;
        }

        error = pathError ?? $"no trusted certificate authority valid at {instant:O} issued the signing certificate ({start.IssuerText()})";
        return null;
    }

    private X509Certificate2? FindPath(PathStart start, Func<X509Certificate2, bool> isStartSignedBy, IReadOnlyList<X509Certificate2> chain, DateTimeOffset instant, out string? error)
    {
        error = null;
        X509Certificate2? leafIssuer = null;
        X509Certificate2? current = null;
        var currentIssuerName = start.IssuerName;
        CertificateStructure? currentStructure = null;
        var caCertificatesBelow = 0;
        for (var depth = 0; depth <= chain.Count; depth++)
        {
            var issuer = chain.FirstOrDefault(c => c.SubjectName.RawData.AsSpan().SequenceEqual(currentIssuerName.Span)
                && (current is null ? isStartSignedBy(c) : IsCaLinkValid(current, currentStructure!, c)));
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
            currentIssuerName = issuer.IssuerName.RawData;
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

    /// <summary>The certificate a path starts from: the name of its issuer, its validity, and its issuer as text for messages.</summary>
    private sealed record PathStart(ReadOnlyMemory<byte> IssuerName, DateTimeOffset NotBefore, DateTimeOffset NotAfter, Func<string> IssuerText);
}
