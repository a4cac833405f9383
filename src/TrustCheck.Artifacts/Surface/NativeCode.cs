using TrustCheck.Artifacts.Archives;
using TrustCheck.Packaging;

namespace TrustCheck.Artifacts.Surface;

/// <summary>Native binaries where none belongs: in a wheel tagged pure Python, or in an sdist (which should be built from source).</summary>
public static class NativeCode
{
    /// <summary>Whether a wheel declares itself pure Python: every tag is <c>none-any</c>.</summary>
    /// <param name="file">The wheel's parsed file name.</param>
    public static bool IsPureWheel(DistributionFilename file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Kind == DistributionKind.Wheel && file.Tags.All(t => t.Abi == "none" && t.Platform == "any");
    }

    /// <summary>The native binaries of a pure wheel or an sdist; nothing for a platform wheel, where they belong.</summary>
    /// <param name="file">The parsed file name.</param>
    /// <param name="contents">The archive's members.</param>
    /// <param name="layout">Where the members install.</param>
    public static IEnumerable<SurfaceItem> Find(DistributionFilename file, ArchiveContents contents, ReleaseLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(contents);
        if (file.Kind == DistributionKind.Wheel && !IsPureWheel(file))
        {
            yield break;
        }

        foreach (var member in contents.Members)
        {
            if (NativeBinary.FormatOf(member.Content.Span) is { } format)
            {
                yield return new SurfaceItem(SurfaceKind.NativeCode, layout.ModuleKey(member.Path), member.Path, format) { Digest = SurfaceItem.DigestOf(member.Content.Span) };
            }
        }
    }
}
