namespace TrustCheck.Attestations.Certificates;

/// <summary>
/// Writes a TBSCertificate with some extensions removed, straight into a caller's buffer: every other element is
/// copied byte for byte and only the three enclosing lengths (extensions SEQUENCE, its [3] wrapper, the TBS
/// SEQUENCE) are re-encoded. This is the precertificate an SCT signs, built without intermediate buffers because it
/// runs once per verified attestation.
/// </summary>
internal static class DerTbsEditor
{
    /// <summary>The length of the edited TBS; negative when the DER is not what a certificate's TBS must be.</summary>
    public static int Measure(ReadOnlySpan<byte> tbs, ReadOnlySpan<byte> removedOidContents1, ReadOnlySpan<byte> removedOidContents2)
    {
        var layout = Analyze(tbs, removedOidContents1, removedOidContents2);
        return layout.Valid ? layout.TotalLength : -1;
    }

    /// <summary>Writes the edited TBS; returns the bytes written, or -1 when the DER is malformed.</summary>
    public static int Write(ReadOnlySpan<byte> tbs, ReadOnlySpan<byte> removedOidContents1, ReadOnlySpan<byte> removedOidContents2, Span<byte> destination)
    {
        var layout = Analyze(tbs, removedOidContents1, removedOidContents2);
        if (!layout.Valid || destination.Length < layout.TotalLength)
        {
            return -1;
        }

        var position = WriteHeader(0x30, layout.TbsContentLength, destination);
        var content = tbs[layout.TbsContentStart..];
        content[..layout.ExtensionsWrapperOffset].CopyTo(destination[position..]);
        position += layout.ExtensionsWrapperOffset;
        position += WriteHeader(0xA3, layout.WrapperContentLength, destination[position..]);
        position += WriteHeader(0x30, layout.ExtensionsContentLength, destination[position..]);
        foreach (var (start, length, removed) in layout.Extensions)
        {
            if (!removed)
            {
                tbs.Slice(start, length).CopyTo(destination[position..]);
                position += length;
            }
        }

        var after = content[(layout.ExtensionsWrapperOffset + layout.OldWrapperLength)..];
        after.CopyTo(destination[position..]);
        return position + after.Length;
    }

    private static Layout Analyze(ReadOnlySpan<byte> tbs, ReadOnlySpan<byte> oid1, ReadOnlySpan<byte> oid2)
    {
        var invalid = default(Layout);
        if (!TryHeader(tbs, 0, 0x30, out var tbsHeader, out var tbsContent) || tbsHeader + tbsContent != tbs.Length)
        {
            return invalid;
        }

        var position = tbsHeader;
        while (position < tbs.Length)
        {
            if (!TryHeader(tbs, position, tbs[position], out var header, out var length))
            {
                return invalid;
            }

            if (tbs[position] != 0xA3)
            {
                position += header + length;
                continue;
            }

            var sequenceStart = position + header;
            if (!TryHeader(tbs, sequenceStart, 0x30, out var sequenceHeader, out var sequenceLength) || sequenceHeader + sequenceLength != length)
            {
                return invalid;
            }

            var extensions = new List<(int Start, int Length, bool Removed)>();
            var kept = 0;
            for (var cursor = sequenceStart + sequenceHeader; cursor < sequenceStart + sequenceHeader + sequenceLength;)
            {
                if (!TryHeader(tbs, cursor, 0x30, out var extensionHeader, out var extensionLength) ||
                    !TryHeader(tbs, cursor + extensionHeader, 0x06, out var oidHeader, out var oidLength))
                {
                    return invalid;
                }

                var oid = tbs.Slice(cursor + extensionHeader + oidHeader, oidLength);
                var removed = oid.SequenceEqual(oid1) || oid.SequenceEqual(oid2);
                extensions.Add((cursor, extensionHeader + extensionLength, removed));
                kept += removed ? 0 : extensionHeader + extensionLength;
                cursor += extensionHeader + extensionLength;
            }

            var wrapperContent = HeaderLength(kept) + kept;
            var newWrapper = HeaderLength(wrapperContent) + wrapperContent;
            var tbsContentLength = tbsContent - (header + length) + newWrapper;
            return new Layout(true, tbsHeader, position - tbsHeader, header + length, kept, wrapperContent, tbsContentLength, HeaderLength(tbsContentLength) + tbsContentLength, extensions);
        }

        return invalid;
    }

    private static bool TryHeader(ReadOnlySpan<byte> der, int offset, byte expectedTag, out int headerLength, out int contentLength)
    {
        headerLength = 0;
        contentLength = 0;
        if (offset + 2 > der.Length || der[offset] != expectedTag)
        {
            return false;
        }

        var first = der[offset + 1];
        if (first < 0x80)
        {
            (headerLength, contentLength) = (2, first);
        }
        else
        {
            var count = first & 0x7F;
            if (count is 0 or > 3 || offset + 2 + count > der.Length)
            {
                return false;
            }

            for (var i = 0; i < count; i++)
            {
                contentLength = (contentLength << 8) | der[offset + 2 + i];
            }

            headerLength = 2 + count;
        }

        return offset + headerLength + contentLength <= der.Length;
    }

    private static int HeaderLength(int contentLength) => contentLength < 0x80 ? 2 : contentLength <= 0xFF ? 3 : contentLength <= 0xFFFF ? 4 : 5;

    private static int WriteHeader(byte tag, int contentLength, Span<byte> destination)
    {
        destination[0] = tag;
        if (contentLength < 0x80)
        {
            destination[1] = (byte)contentLength;
            return 2;
        }

        var count = contentLength <= 0xFF ? 1 : contentLength <= 0xFFFF ? 2 : 3;
        destination[1] = (byte)(0x80 | count);
        for (var i = 0; i < count; i++)
        {
            destination[2 + i] = (byte)(contentLength >> (8 * (count - 1 - i)));
        }

        return 2 + count;
    }

    private readonly record struct Layout(
        bool Valid,
        int TbsContentStart,
        int ExtensionsWrapperOffset,
        int OldWrapperLength,
        int ExtensionsContentLength,
        int WrapperContentLength,
        int TbsContentLength,
        int TotalLength,
        List<(int Start, int Length, bool Removed)> Extensions);
}
