using System.Globalization;
using System.Text;
using System.Text.Json;
using TrustCheck.Attestations.Bundles;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Tsp;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Transparency;
using TrustCheck.Attestations.Verification.Stages;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// What a document says once parsed: every value verification reads (decoded bytes, numbers, texts), and nothing
/// the parsers ignore (whitespace, key order, unknown keys, the base64 form). A mutation that verifies is harmless
/// exactly when its semantic content equals its seed's.
/// </summary>
internal static class SemanticContent
{
    /// <summary>The semantic content of a provenance object or attestation, or null when it does not parse.</summary>
    public static string? OfPep740(byte[] json, UnreadParts ignored = UnreadParts.None)
    {
        if (Provenance.TryParse(json, out var provenance) is null)
        {
            var text = new StringBuilder("provenance\n");
            foreach (var bundle in provenance!.Bundles)
            {
                var publisher = ignored.HasFlag(UnreadParts.PublisherEnvironment) ? WithoutEnvironment(bundle.Publisher) : bundle.Publisher;
                text.Append("publisher ").Append(publisher).Append('\n');
                foreach (var attestation in bundle.Attestations)
                {
                    text.Append(OfAttestation(attestation, ignored) ?? "unparsable attestation").Append('\n');
                }
            }

            return text.ToString();
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return OfAttestation(document.RootElement, ignored);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The semantic content of a Sigstore bundle, or null when it does not parse.</summary>
    public static string? OfBundle(byte[] json, UnreadParts ignored = UnreadParts.None) => BundleReader.TryRead(json, out var bundle) is null ? Of(bundle!, ignored) : null;

    /// <summary>The semantic content of a parsed bundle.</summary>
    public static string Of(SigstoreBundle bundle, UnreadParts ignored = UnreadParts.None)
    {
        var text = new StringBuilder();
        text.Append("mediaType ").Append(bundle.MediaType).Append('\n');
        text.Append("certificate ").Append(Hex(bundle.Certificate)).Append('\n');
        text.Append("keyHint ").Append(bundle.PublicKeyHint).Append('\n');
        foreach (var entry in bundle.TransparencyLogEntries)
        {
            // A Rekor v1 entry's (global, sharded) log index is read only to check the promise, which signs it; a v2
            // entry's must equal its proof's. A v1 entry without a promise leaves it unread, as the integrated time.
            var index = RekorEntries.IsV2(entry) ? entry.LogIndex.ToString(CultureInfo.InvariantCulture) : "v1";
            text.Append("entry ").Append(index).Append(' ').Append(Hex(entry.LogId)).Append(' ').Append(entry.Kind).Append(' ').Append(entry.KindVersion)
                .Append(" body ").Append(Hex(entry.CanonicalizedBody)).Append('\n');
            if (entry.SignedEntryTimestamp is { } set)
            {
                // The integrated time is read only to check the promise, which signs it: without one it is unread.
                text.Append("set ").Append(entry.LogIndex).Append(' ').Append(entry.IntegratedTime).Append(' ').Append(Hex(set)).Append('\n');
            }

            if (entry.InclusionProof is { } proof)
            {
                text.Append("proof ").Append(proof.LogIndex).Append(' ').Append(proof.TreeSize).Append(' ').Append(Hex(proof.RootHash))
                    .Append(' ').AppendJoin(',', proof.Hashes.Select(h => Hex(h))).Append('\n');
            }

            text.Append("checkpoint ").Append(ignored.HasFlag(UnreadParts.Cosignatures) ? WithoutCosignatures(entry.CheckpointEnvelope) : entry.CheckpointEnvelope).Append('\n');
        }

        foreach (var timestamp in bundle.Rfc3161Timestamps)
        {
            text.Append("timestamp ").Append(ignored.HasFlag(UnreadParts.TimestampUnsignedParts) ? SignedPartsOf(timestamp) : Hex(timestamp)).Append('\n');
        }

        if (bundle.DsseEnvelope is { } envelope)
        {
            text.Append("dsse ").Append(envelope.PayloadType).Append(' ').Append(Hex(envelope.Payload)).Append(' ').AppendJoin(',', envelope.Signatures.Select(s => Hex(s))).Append('\n');
        }

        if (bundle.MessageSignature is { } message)
        {
            text.Append("message ").Append(Hex(message.Signature)).Append('\n');
            // An empty digest is proto3's default, the same as none; its algorithm is read only with a digest.
            if (message.Digest.Length > 0)
            {
                text.Append("messageDigest ").Append(message.DigestAlgorithm).Append(' ').Append(Hex(message.Digest)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether <paramref name="mutant"/> is <paramref name="seed"/> less some of its optional evidence (an RFC 3161
    /// timestamp or an inclusion promise, when what is left still dates the signature, which the verifier checks; a
    /// message signature's optional digest, when the caller's artifact digest is what is verified) and otherwise the same.
    /// </summary>
    private static bool OnlyDropsTimeEvidence(string seed, string? mutant)
    {
        if (mutant is null)
        {
            return false;
        }

        var seedLines = seed.Split('\n');
        var mutantLines = mutant.Split('\n');
        return mutantLines.All(seedLines.Contains)
            && seedLines.Except(mutantLines).All(line => line.StartsWith("timestamp ", StringComparison.Ordinal) || line.StartsWith("set ", StringComparison.Ordinal)
                || line.StartsWith("messageDigest ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Why a verifying mutation is harmless, or null when it is a false "verified": its content is the seed's, or
    /// differs only in parts no verifier reads, or only lacks some of the seed's redundant dating evidence.
    /// </summary>
    /// <param name="contentOf">The content of the seed (true) or of the mutant (false), leaving out the given parts.</param>
    public static string? WhyHarmless(Func<bool, UnreadParts, string?> contentOf)
    {
        if (contentOf(false, UnreadParts.None) == contentOf(true, UnreadParts.None))
        {
            return "semantic content unchanged (whitespace, key order, unknown keys, escapes, another base64 form of the same bytes, chain certificates past the leaf)";
        }

        foreach (var part in new[] { UnreadParts.PublisherEnvironment, UnreadParts.Cosignatures, UnreadParts.TimestampUnsignedParts, UnreadParts.All })
        {
            if (contentOf(false, part) is { } mutant && mutant == contentOf(true, part))
            {
                return $"only unread parts changed: {part}";
            }
        }

        return OnlyDropsTimeEvidence(contentOf(true, UnreadParts.All)!, contentOf(false, UnreadParts.All))
            ? "optional evidence removed: a redundant RFC 3161 timestamp or inclusion promise (what is left still dates the signature), or a message signature's optional digest (the caller's artifact digest is verified)"
            : null;
    }

    /// <summary>
    /// Whether the mutant provenance holds only some of the seed's attestations (each under the same publisher,
    /// content compared without unread parts): the provenance object is an unsigned container, and every attestation
    /// left verifies on its own.
    /// </summary>
    public static bool OnlyDropsAttestations(byte[] seed, byte[] mutant) =>
        AttestationsOf(seed) is { } all && AttestationsOf(mutant) is { Count: > 0 } kept && kept.IsSubsetOf(all) && kept.Count < all.Count;

    private static HashSet<string>? AttestationsOf(byte[] json)
    {
        if (Provenance.TryParse(json, out var provenance) is not null)
        {
            return null;
        }

        return [.. provenance!.Bundles.SelectMany(bundle => bundle.Attestations.Select(a =>
            $"{WithoutEnvironment(bundle.Publisher)}\n{OfAttestation(a, UnreadParts.All)}"))];
    }

    private static TrustedPublisher WithoutEnvironment(TrustedPublisher publisher) => publisher switch
    {
        GitHubPublisher github => github with { Environment = null },
        GitLabPublisher gitlab => gitlab with { Environment = null },
        var other => other,
    };

    private static string? OfAttestation(JsonElement attestation, UnreadParts ignored) =>
        Pep740Attestation.TryToBundle(attestation, out var bundle) is null ? Of(bundle!, ignored) : null;

    /// <summary>The checkpoint's body and the signature lines whose name starts its origin (the log's own).</summary>
    private static string? WithoutCosignatures(string? envelope)
    {
        if (Checkpoint.TryParse(envelope, out var checkpoint) is not null)
        {
            return envelope;
        }

        var own = checkpoint!.Signatures.Where(s => checkpoint.Origin.StartsWith(s.Name, StringComparison.Ordinal));
        return Encoding.UTF8.GetString(checkpoint.SignedText.Span) + string.Join(';', own.Select(s => $"{s.Name} {Hex(s.KeyHint)} {Hex(s.Signature)}"));
    }

    /// <summary>An RFC 3161 response or token reduced to what its signature covers and the signature.</summary>
    public static string SignedPartsOf(ReadOnlyMemory<byte> encoded)
    {
        try
        {
            TimeStampToken token;
            try
            {
                token = new TimeStampResponse(encoded.ToArray()).TimeStampToken ?? throw new TspException("no token");
            }
            catch (Exception error) when (error is TspException or IOException or ArgumentException or InvalidCastException or CmsException or Asn1Exception or InvalidOperationException)
            {
                token = new TimeStampToken(ContentInfo.GetInstance(Asn1Object.FromByteArray(encoded.ToArray())));
            }

            // The signer identifier is an unsigned selector: the signer is the trusted root's TSA certificate, bound by
            // the signed ESS certificate hash.
            var signers = token.ToCmsSignedData().GetSignerInfos().GetSigners().Select(s =>
                $"{s.DigestAlgorithmID.Algorithm} {s.SignatureAlgorithm.Algorithm} {Convert.ToHexStringLower(s.GetEncodedSignedAttributes() ?? [])} {Convert.ToHexStringLower(s.GetSignature())}");
            return Convert.ToHexStringLower(token.TimeStampInfo.GetEncoded()) + "/" + string.Join(',', signers);
        }
        catch (Exception error) when (error is TspException or IOException or ArgumentException or InvalidCastException or CmsException or Asn1Exception or InvalidOperationException)
        {
            return "unreadable " + Hex(encoded);
        }
    }

    private static string Hex(ReadOnlyMemory<byte>? bytes) => bytes is { } value ? Convert.ToHexStringLower(value.Span) : "-";
}
