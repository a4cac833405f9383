namespace TrustCheck.Attestations.Certificates;

/// <summary>The rules a Fulcio signing (leaf) certificate must meet: v3, not a CA, digitalSignature, codeSigning.</summary>
internal static class LeafProfile
{
    /// <summary>Null when the certificate meets the profile, otherwise the rule it breaks.</summary>
    public static string? Check(LeafCertificate leaf)
    {
        if (leaf.Version != 3)
        {
            return $"the signing certificate is X.509 v{leaf.Version}, not v3";
        }

        if (leaf.IsCertificateAuthority)
        {
            return "the signing certificate is a CA certificate";
        }

        if (leaf.HasDigitalSignatureUsage is not true)
        {
            return "the signing certificate's key usage does not include digitalSignature";
        }

        if (leaf.ExtendedKeyUsages is not { } purposes || !purposes.Contains(FulcioOids.CodeSigning))
        {
            return "the signing certificate's extended key usage does not include codeSigning";
        }

        return null;
    }
}
