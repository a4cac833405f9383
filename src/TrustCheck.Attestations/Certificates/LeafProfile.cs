using System.Security.Cryptography.X509Certificates;

namespace TrustCheck.Attestations.Certificates;

/// <summary>The rules a Fulcio signing (leaf) certificate must meet: v3, not a CA, digitalSignature, codeSigning.</summary>
internal static class LeafProfile
{
    /// <summary>Null when the certificate meets the profile, otherwise the rule it breaks.</summary>
    public static string? Check(X509Certificate2 leaf)
    {
        if (leaf.Version != 3)
        {
            return $"the signing certificate is X.509 v{leaf.Version}, not v3";
        }

        var basic = leaf.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault();
        if (basic is { CertificateAuthority: true })
        {
            return "the signing certificate is a CA certificate";
        }

        var usage = leaf.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        if (usage is null || !usage.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature))
        {
            return "the signing certificate's key usage does not include digitalSignature";
        }

        var extended = leaf.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault();
        if (extended is null || !extended.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Any(o => o.Value == FulcioOids.CodeSigning))
        {
            return "the signing certificate's extended key usage does not include codeSigning";
        }

        return null;
    }
}
