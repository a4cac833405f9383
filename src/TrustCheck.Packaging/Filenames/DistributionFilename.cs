using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TrustCheck.Packaging;

/// <summary>
/// A parsed distribution file name: a wheel (<c>name-version[-build]-tags.whl</c>, PEP 427) or a source
/// distribution (<c>name-version.tar.gz</c>, PEP 625, or legacy <c>.zip</c>). Two file names are equal when they
/// name the same thing: kind, normalized name, PEP 440 version, build tag and set of expanded tags
/// (<c>pypi_attestations-0.0.19.tar.gz</c> equals <c>pypi-attestations-0.0.19.0.tar.gz</c>); the sdist archive
/// format is not part of that identity.
/// </summary>
public sealed class DistributionFilename : IEquatable<DistributionFilename>
{
    /// <summary>
    /// The most tags a wheel name may expand to. Subject names come from attacker-controlled attestations, and a
    /// compressed tag set is a cartesian product: without a bound, a short name could expand to millions of tags.
    /// Real wheels carry a few dozen at most.
    /// </summary>
    public const int MaxExpandedTags = 4096;

    private static readonly IReadOnlySet<WheelTag> NoTags = new HashSet<WheelTag>();

    private DistributionFilename(string filename, DistributionKind kind, PackageName name, PythonVersion version, WheelBuildTag? buildTag, IReadOnlySet<WheelTag> tags, string extension)
    {
        Filename = filename;
        Kind = kind;
        Name = name;
        Version = version;
        BuildTag = buildTag;
        Tags = tags;
        Extension = extension;
    }

    /// <summary>The file name as given.</summary>
    public string Filename { get; }

    /// <summary>Wheel or source distribution.</summary>
    public DistributionKind Kind { get; }

    /// <summary>The project name (compare with its normalized form).</summary>
    public PackageName Name { get; }

    /// <summary>The version.</summary>
    public PythonVersion Version { get; }

    /// <summary>The wheel's build tag, or null.</summary>
    public WheelBuildTag? BuildTag { get; }

    /// <summary>The wheel's expanded tags; empty for source distributions.</summary>
    public IReadOnlySet<WheelTag> Tags { get; }

    /// <summary><c>.whl</c>, <c>.tar.gz</c> or <c>.zip</c>.</summary>
    public string Extension { get; }

    /// <summary>Parses a distribution file name.</summary>
    /// <param name="filename">The file name (no directory).</param>
    /// <param name="validateTagOrder">Reject wheels whose compressed tags are not sorted.</param>
    /// <exception cref="FormatException">The name is not a valid wheel or sdist name; the message names it and says why.</exception>
    public static DistributionFilename Parse(string filename, bool validateTagOrder = false)
    {
        var error = TryParseCore(filename, validateTagOrder, out var result);
        return result ?? throw new FormatException($"Invalid distribution file name '{filename}': {error}.");
    }

    /// <summary>Parses a distribution file name.</summary>
    /// <param name="filename">The file name.</param>
    /// <param name="result">The parsed name, when valid.</param>
    /// <returns>False when the name is not a valid wheel or sdist name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? filename, [NotNullWhen(true)] out DistributionFilename? result) =>
        TryParseCore(filename, false, out result) is null;

    /// <inheritdoc />
    public bool Equals(DistributionFilename? other) =>
        other is not null && Kind == other.Kind && Name == other.Name && Version == other.Version &&
        Nullable.Equals(BuildTag, other.BuildTag) && Tags.SetEquals(other.Tags);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DistributionFilename);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var tags = 0;
        foreach (var tag in Tags)
        {
            tags ^= tag.GetHashCode();
        }

        return HashCode.Combine(Kind, Name, Version, BuildTag, tags);
    }

    /// <summary>The file name as given.</summary>
    public override string ToString() => Filename;

    private static string? TryParseCore(string? filename, bool validateTagOrder, out DistributionFilename? result)
    {
        result = null;
        if (string.IsNullOrEmpty(filename))
        {
            return "it is empty";
        }

        if (filename.EndsWith(".whl", StringComparison.Ordinal))
        {
            return TryParseWheel(filename, validateTagOrder, out result);
        }

        foreach (var extension in new[] { ".tar.gz", ".zip" })
        {
            if (filename.EndsWith(extension, StringComparison.Ordinal))
            {
                return TryParseSdist(filename, extension, out result);
            }
        }

        return "unknown distribution format (expected .whl, .tar.gz or .zip)";
    }

    private static string? TryParseWheel(string filename, bool validateTagOrder, out DistributionFilename? result)
    {
        result = null;
        var stem = filename[..^4];
        var dashes = stem.Count(c => c == '-');
        if (dashes is not (4 or 5))
        {
            return "a wheel name has the form name-version[-build]-interpreter-abi-platform";
        }

        var parts = stem.Split('-', dashes - 1);
        var namePart = parts[0];
        if (namePart.Length == 0 || namePart.Contains("__", StringComparison.Ordinal) || !namePart.All(IsWheelNameCharacter))
        {
            return $"invalid project name '{namePart}'";
        }

        if (!PythonVersion.TryParse(parts[1], out var version))
        {
            return $"invalid version '{parts[1]}'";
        }

        WheelBuildTag? build = null;
        if (dashes == 5)
        {
            var buildPart = parts[2];
            var digits = 0;
            while (digits < buildPart.Length && char.IsAsciiDigit(buildPart[digits]))
            {
                digits++;
            }

            if (digits == 0 || !long.TryParse(buildPart.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return $"invalid build number '{buildPart}' (it must start with a digit)";
            }

            build = new WheelBuildTag(number, buildPart[digits..]);
        }

        IReadOnlySet<WheelTag> tags;
        try
        {
            tags = WheelTag.ParseSet(parts[^1], validateTagOrder, MaxExpandedTags);
        }
        catch (WheelTagFormatException error)
        {
            return error.Message;
        }

        result = new DistributionFilename(filename, DistributionKind.Wheel, PackageName.FromUnvalidated(namePart), version, build, tags, ".whl");
        return null;
    }

    private static string? TryParseSdist(string filename, string extension, out DistributionFilename? result)
    {
        result = null;
        var stem = filename[..^extension.Length];
        var dash = stem.LastIndexOf('-');
        if (dash < 0)
        {
            return "a source distribution name has the form name-version";
        }

        var namePart = stem[..dash];
        var versionPart = stem[(dash + 1)..];
        if (namePart.Length == 0)
        {
            return "the project name is empty";
        }

        if (!PythonVersion.TryParse(versionPart, out var version))
        {
            return $"invalid version '{versionPart}'";
        }

        result = new DistributionFilename(filename, DistributionKind.SourceDistribution, PackageName.FromUnvalidated(namePart), version, null, NoTags, extension);
        return null;
    }

    // Python's Unicode \w plus '.', as pypa/packaging accepts wheel project names.
    private static bool IsWheelNameCharacter(char c) =>
        c is '_' or '.' || char.IsLetterOrDigit(c) ||
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
}
