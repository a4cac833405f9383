using System.Globalization;
using System.Text;
using TrustCheck.Attestations.Codecs;
using TrustCheck.Attestations.Limits;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Transparency;

/// <summary>
/// A transparency-log checkpoint in the C2SP signed-note format: origin, tree size and root hash (plus optional
/// extra lines), a blank line, then one or more signature lines.
/// </summary>
public sealed record Checkpoint
{
    private const string Separator = "\n\n";
    private const string SignaturePrefix = "\u2014 ";

    /// <summary>The bytes the signatures cover: the note body including its final newline.</summary>
    public required ReadOnlyMemory<byte> SignedText { get; init; }

    /// <summary>The log's origin line, e.g. <c>rekor.sigstore.dev - 1193050959916656506</c>.</summary>
    public required string Origin { get; init; }

    /// <summary>The tree size the checkpoint commits to.</summary>
    public required long TreeSize { get; init; }

    /// <summary>The root hash of that tree.</summary>
    public required ReadOnlyMemory<byte> RootHash { get; init; }

    /// <summary>The body lines after the root hash, if any.</summary>
    public required IReadOnlyList<string> ExtraLines { get; init; }

    /// <summary>The signature lines, in order.</summary>
    public required IReadOnlyList<NoteSignature> Signatures { get; init; }

    /// <summary>Parses a checkpoint envelope.</summary>
    /// <param name="envelope">The checkpoint text.</param>
    /// <param name="checkpoint">The parsed checkpoint, when well formed.</param>
    /// <returns>Null on success, otherwise why the checkpoint is malformed.</returns>
    public static VerificationFailure? TryParse(string? envelope, out Checkpoint? checkpoint)
    {
        checkpoint = null;
        if (string.IsNullOrEmpty(envelope))
        {
            return Fail("the checkpoint is empty");
        }

        if (envelope.Length > InputLimits.MaxCheckpointLength)
        {
            return Fail($"the checkpoint is {envelope.Length} characters, more than the {InputLimits.MaxCheckpointLength} accepted");
        }

        var split = envelope.IndexOf(Separator, StringComparison.Ordinal);
        if (split < 0 || envelope.IndexOf(Separator, split + 1, StringComparison.Ordinal) >= 0)
        {
            return Fail("a checkpoint must contain exactly one blank line between its body and its signatures");
        }

        var body = envelope[..(split + 1)];
        var signatureBlock = envelope[(split + Separator.Length)..];
        var bodyFailure = ParseBody(body, out var origin, out var treeSize, out var rootHash, out var extraLines);
        if (bodyFailure is not null)
        {
            return bodyFailure;
        }

        var signatureFailure = ParseSignatures(signatureBlock, out var signatures);
        if (signatureFailure is not null)
        {
            return signatureFailure;
        }

        checkpoint = new Checkpoint
        {
            SignedText = Encoding.UTF8.GetBytes(body),
            Origin = origin,
            TreeSize = treeSize,
            RootHash = rootHash,
            ExtraLines = extraLines,
            Signatures = signatures,
        };
        return null;
    }

    private static VerificationFailure? ParseBody(string body, out string origin, out long treeSize, out byte[] rootHash, out string[] extraLines)
    {
        origin = string.Empty;
        treeSize = 0;
        rootHash = [];
        extraLines = [];
        var lines = body[..^1].Split('\n');
        if (lines.Length < 3)
        {
            return Fail($"the checkpoint body has {lines.Length} lines; origin, tree size and root hash are required");
        }

        origin = lines[0];
        if (origin.Length == 0)
        {
            return Fail("the checkpoint origin is empty");
        }

        if (!long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out treeSize))
        {
            return Fail($"the checkpoint tree size '{lines[1]}' is not a non-negative integer");
        }

        if (!Base64Text.TryDecode(lines[2], out rootHash) || rootHash.Length != MerkleTree.HashSize)
        {
            return Fail($"the checkpoint root hash '{lines[2]}' is not base64 of {MerkleTree.HashSize} bytes");
        }

        extraLines = lines[3..];
        return null;
    }

    private static VerificationFailure? ParseSignatures(string block, out List<NoteSignature> signatures)
    {
        signatures = [];
        if (block.Length == 0 || block[^1] != '\n')
        {
            return Fail("the checkpoint has no signature, or its signature block does not end with a newline");
        }

        var lines = block[..^1].Split('\n');
        if (lines.Length > InputLimits.MaxCheckpointSignatures)
        {
            return Fail($"the checkpoint has {lines.Length} signature lines, more than the {InputLimits.MaxCheckpointSignatures} accepted");
        }

        foreach (var line in lines)
        {
            if (!line.StartsWith(SignaturePrefix, StringComparison.Ordinal))
            {
                return Fail($"the checkpoint signature line '{line}' does not start with an em dash and a space");
            }

            var parts = line[SignaturePrefix.Length..].Split(' ');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                return Fail($"the checkpoint signature line '{line}' is not '— <name> <signature>'");
            }

            if (!Base64Text.TryDecode(parts[1], out var decoded) || decoded.Length < 5)
            {
                return Fail($"the checkpoint signature of '{parts[0]}' is not base64 of a key hint and a signature");
            }

            signatures.Add(new NoteSignature(parts[0], decoded.AsMemory(0, 4), decoded.AsMemory(4)));
        }

        return null;
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Checkpoint, reason);
}
