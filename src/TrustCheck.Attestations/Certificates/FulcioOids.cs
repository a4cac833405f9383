namespace TrustCheck.Attestations.Certificates;

/// <summary>Object identifiers of the certificate extensions Sigstore and Certificate Transparency use.</summary>
internal static class FulcioOids
{
    public const string Arc = "1.3.6.1.4.1.57264.1.";
    public const string IssuerV1 = Arc + "1";
    public const string OtherNameSan = Arc + "7";
    public const string IssuerV2 = Arc + "8";
    public const string SignedCertificateTimestampList = "1.3.6.1.4.1.11129.2.4.2";
    public const string PrecertificateSigningCertificate = "1.3.6.1.4.1.11129.2.4.4";
    public const string CodeSigning = "1.3.6.1.5.5.7.3.3";
    public const string TimeStamping = "1.3.6.1.5.5.7.3.8";
    public const string SubjectAlternativeName = "2.5.29.17";
}
