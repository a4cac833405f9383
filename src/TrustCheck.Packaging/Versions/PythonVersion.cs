using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TrustCheck.Packaging.Text;

namespace TrustCheck.Packaging;

/// <summary>
/// A PEP 440 version: <c>[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]</c>, parsed with every spelling the
/// specification allows, normalized, and fully ordered (epoch, release, pre, post, dev, local).
/// </summary>
public sealed partial class PythonVersion : IEquatable<PythonVersion>, IComparable<PythonVersion>, IComparable
{
    private readonly long[] _release;
    private readonly LocalSegment[]? _local;
    private readonly int _significantLength;
    private string? _text;

    private PythonVersion(long epoch, long[] release, PreRelease? pre, long? post, long? dev, LocalSegment[]? local)
    {
        Epoch = epoch;
        _release = release;
        Pre = pre;
        Post = post;
        Dev = dev;
        _local = local;
        var significant = release.Length;
        while (significant > 0 && release[significant - 1] == 0)
        {
            significant--;
        }

        _significantLength = significant;
    }

    /// <summary>The epoch (0 unless written as <c>N!</c>).</summary>
    public long Epoch { get; }

    /// <summary>The release segment, e.g. <c>[1, 2, 0]</c> for <c>1.2.0</c>.</summary>
    public IReadOnlyList<long> Release => _release;

    /// <summary>The pre-release segment, or null.</summary>
    public PreRelease? Pre { get; }

    /// <summary>The post-release number, or null.</summary>
    public long? Post { get; }

    /// <summary>The development-release number, or null.</summary>
    public long? Dev { get; }

    /// <summary>The normalized local label (e.g. <c>ubuntu.1</c>), or null.</summary>
    public string? Local => _local is null ? null : string.Join('.', _local);

    /// <summary>True for a pre-release or a development release.</summary>
    public bool IsPrerelease => Pre is not null || Dev is not null;

    /// <summary>True when the version has a post-release segment.</summary>
    public bool IsPostrelease => Post is not null;

    /// <summary>True when the version has a development-release segment.</summary>
    public bool IsDevrelease => Dev is not null;

    /// <summary>The first release number.</summary>
    public long Major => ReleaseAt(0);

    /// <summary>The second release number (0 when absent).</summary>
    public long Minor => ReleaseAt(1);

    /// <summary>The third release number (0 when absent).</summary>
    public long Micro => ReleaseAt(2);

    /// <summary>The normalized version without its local label.</summary>
    public string Public
    {
        get
        {
            var text = ToString();
            var plus = text.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? text : text[..plus];
        }
    }

    /// <summary>The epoch and release only, e.g. <c>1!2.0</c> for <c>1!2.0rc1.post2+local</c>.</summary>
    public string BaseVersion
    {
        get
        {
            var builder = new StringBuilder();
            AppendEpochAndRelease(builder, _release.Length);
            return builder.ToString();
        }
    }

    /// <summary>The local label's segments, for comparisons.</summary>
    internal ReadOnlySpan<LocalSegment> LocalSegments => _local;

    /// <summary>True when the version has a local label.</summary>
    internal bool HasLocal => _local is not null;

    /// <summary>Parses a PEP 440 version.</summary>
    /// <param name="text">The version; surrounding white space is ignored.</param>
    /// <exception cref="FormatException">The text is not a valid PEP 440 version; the message names it.</exception>
    public static PythonVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"Invalid PEP 440 version: '{text}'.");

    /// <summary>Parses a PEP 440 version.</summary>
    /// <param name="text">The version; surrounding white space is ignored.</param>
    /// <param name="version">The parsed version, when valid.</param>
    /// <returns>False when the text is not a valid PEP 440 version.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PythonVersion? version)
    {
        version = null;
        if (text is null)
        {
            return false;
        }

        var trimmed = AsciiText.TrimPython(text);
        if (trimmed.IsEmpty)
        {
            return false;
        }

        var match = VersionPattern().Match(AsciiText.ToLower(trimmed.ToString()));
        if (!match.Success)
        {
            return false;
        }

        if (!TryParseNumber(match.Groups["epoch"], 0, out var epoch) ||
            !TryParseRelease(match.Groups["release"].ValueSpan, out var release) ||
            !TryParsePre(match, out var pre) ||
            !TryParsePost(match, out var post) ||
            !TryParseOptionalNumber(match.Groups["dev"], match.Groups["dev_n"], out var dev) ||
            !TryParseLocal(match.Groups["local"], out var local))
        {
            return false;
        }

        version = new PythonVersion(epoch, release, pre, post, dev, local);
        return true;
    }

    /// <summary>Builds a version from its parts.</summary>
    /// <param name="release">The release numbers; at least one, none negative.</param>
    /// <param name="epoch">The epoch.</param>
    /// <param name="pre">The pre-release segment.</param>
    /// <param name="post">The post-release number.</param>
    /// <param name="dev">The development-release number.</param>
    /// <param name="local">The local label, in any PEP 440 spelling (<c>ubuntu-1</c>, <c>ubuntu.1</c>…).</param>
    /// <exception cref="ArgumentException">A part is out of range or the local label is malformed.</exception>
    public static PythonVersion FromParts(
        IEnumerable<long> release,
        long epoch = 0,
        PreRelease? pre = null,
        long? post = null,
        long? dev = null,
        string? local = null)
    {
        ArgumentNullException.ThrowIfNull(release);
        var releaseArray = release.ToArray();
        if (releaseArray.Length == 0 || releaseArray.Any(static n => n < 0))
        {
            throw new ArgumentException("A release needs at least one number, and none may be negative.", nameof(release));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        if (post < 0 || dev < 0 || pre?.Number < 0)
        {
            throw new ArgumentException("Pre, post and dev numbers may not be negative.");
        }

        LocalSegment[]? localSegments = null;
        if (local is not null && !TryParseLocalText(AsciiText.ToLower(local), out localSegments))
        {
            throw new ArgumentException($"'{local}' is not a valid PEP 440 local version label.", nameof(local));
        }

        return new PythonVersion(epoch, releaseArray, pre, post, dev, localSegments);
    }

    /// <summary>
    /// The canonical form used to compare file names: the normalized version, with trailing zeros of the release
    /// removed when <paramref name="stripTrailingZero"/> is true. Text that is not a valid version comes back unchanged.
    /// </summary>
    /// <param name="text">A version.</param>
    /// <param name="stripTrailingZero">Whether to drop trailing <c>.0</c> release parts (keeping at least one).</param>
    public static string Canonicalize(string text, bool stripTrailingZero = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var version))
        {
            return text;
        }

        if (!stripTrailingZero)
        {
            return version.ToString();
        }

        var builder = new StringBuilder();
        version.AppendEpochAndRelease(builder, Math.Max(1, version._significantLength));
        version.AppendSuffixes(builder);
        return builder.ToString();
    }

    /// <summary>The release number at <paramref name="index"/>, or 0 past its end (so <c>1.0</c> equals <c>1</c>).</summary>
    /// <param name="index">A zero-based position in the release segment.</param>
    public long ReleaseAt(int index) => index < _release.Length ? _release[index] : 0;

    /// <summary>The normalized form (PEP 440 "Normalization"), e.g. <c>1.0rc1.post2.dev3+ubuntu.1</c>.</summary>
    public override string ToString()
    {
        if (_text is null)
        {
            var builder = new StringBuilder(16);
            AppendEpochAndRelease(builder, _release.Length);
            AppendSuffixes(builder);
            _text = builder.ToString();
        }

        return _text;
    }

    /// <inheritdoc />
    public bool Equals(PythonVersion? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PythonVersion);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Epoch);
        for (var i = 0; i < _significantLength; i++)
        {
            hash.Add(_release[i]);
        }

        hash.Add(Pre);
        hash.Add(Post);
        hash.Add(Dev);
        foreach (var segment in LocalSegments)
        {
            hash.Add(segment);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public int CompareTo(PythonVersion? other) => other is null ? 1 : VersionOrdering.Compare(this, other);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PythonVersion other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a {nameof(PythonVersion)} with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Equality by PEP 440 ordering (<c>1.0 == 1.0.0</c>).</summary>
    public static bool operator ==(PythonVersion? left, PythonVersion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by PEP 440 ordering.</summary>
    public static bool operator !=(PythonVersion? left, PythonVersion? right) => !(left == right);

    /// <summary>PEP 440 ordering.</summary>
    public static bool operator <(PythonVersion? left, PythonVersion? right) => Comparer<PythonVersion>.Default.Compare(left, right) < 0;

    /// <summary>PEP 440 ordering.</summary>
    public static bool operator <=(PythonVersion? left, PythonVersion? right) => Comparer<PythonVersion>.Default.Compare(left, right) <= 0;

    /// <summary>PEP 440 ordering.</summary>
    public static bool operator >(PythonVersion? left, PythonVersion? right) => Comparer<PythonVersion>.Default.Compare(left, right) > 0;

    /// <summary>PEP 440 ordering.</summary>
    public static bool operator >=(PythonVersion? left, PythonVersion? right) => Comparer<PythonVersion>.Default.Compare(left, right) >= 0;

    /// <summary>A version from parts the caller has already validated (no local label).</summary>
    internal static PythonVersion Create(long epoch, long[] release, PreRelease? pre, long? post, long? dev) =>
        new(epoch, release, pre, post, dev, null);

    /// <summary>The number of release parts up to the last non-zero one.</summary>
    internal int SignificantReleaseLength => _significantLength;

    internal ReadOnlySpan<long> ReleaseSpan => _release;

    private void AppendEpochAndRelease(StringBuilder builder, int releaseLength)
    {
        if (Epoch != 0)
        {
            builder.Append(Epoch.ToString(CultureInfo.InvariantCulture)).Append('!');
        }

        for (var i = 0; i < releaseLength; i++)
        {
            if (i > 0)
            {
                builder.Append('.');
            }

            builder.Append(_release[i].ToString(CultureInfo.InvariantCulture));
        }
    }

    private void AppendSuffixes(StringBuilder builder)
    {
        if (Pre is { } pre)
        {
            builder.Append(pre.ToString());
        }

        if (Post is { } post)
        {
            builder.Append(".post").Append(post.ToString(CultureInfo.InvariantCulture));
        }

        if (Dev is { } dev)
        {
            builder.Append(".dev").Append(dev.ToString(CultureInfo.InvariantCulture));
        }

        if (_local is not null)
        {
            builder.Append('+').AppendJoin('.', _local);
        }
    }

    private static bool TryParseNumber(Group group, long fallback, out long value)
    {
        if (!group.Success)
        {
            value = fallback;
            return true;
        }

        return long.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseOptionalNumber(Group presence, Group number, out long? value)
    {
        value = null;
        if (!presence.Success)
        {
            return true;
        }

        if (!TryParseNumber(number, 0, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static bool TryParseRelease(ReadOnlySpan<char> text, out long[] release)
    {
        release = new long[text.Count('.') + 1];
        var index = 0;
        foreach (var range in text.Split('.'))
        {
            if (!long.TryParse(text[range], NumberStyles.None, CultureInfo.InvariantCulture, out release[index++]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParsePre(Match match, out PreRelease? pre)
    {
        pre = null;
        if (!match.Groups["pre"].Success)
        {
            return true;
        }

        if (!PreRelease.TryParseLabel(match.Groups["pre_l"].Value, out var label) ||
            !TryParseNumber(match.Groups["pre_n"], 0, out var number))
        {
            return false;
        }

        pre = new PreRelease(label, number);
        return true;
    }

    private static bool TryParsePost(Match match, out long? post)
    {
        post = null;
        if (!match.Groups["post"].Success)
        {
            return true;
        }

        var numberGroup = match.Groups["post_n1"].Success ? match.Groups["post_n1"] : match.Groups["post_n2"];
        if (!TryParseNumber(numberGroup, 0, out var number))
        {
            return false;
        }

        post = number;
        return true;
    }

    private static bool TryParseLocal(Group group, out LocalSegment[]? local)
    {
        local = null;
        return !group.Success || TryParseLocalText(group.Value, out local);
    }

    private static bool TryParseLocalText(string text, [NotNullWhen(true)] out LocalSegment[]? local)
    {
        local = null;
        if (!LocalPattern().IsMatch(text))
        {
            return false;
        }

        var parts = text.Split(LocalSeparators);
        local = new LocalSegment[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            local[i] = part.AsSpan().ContainsAnyExceptInRange('0', '9')
                ? new LocalSegment(0, part)
                : long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    ? new LocalSegment(number, null)
                    : new LocalSegment(0, part.TrimStart('0') is { Length: > 0 } digits ? digits : "0");
        }

        return true;
    }

    private static readonly char[] LocalSeparators = ['-', '_', '.'];

    // PEP 440's appendix regex, matched after ASCII lower-casing and Python-style trimming. [0-9] rather than \d,
    // which would accept other scripts' digits.
    [GeneratedRegex(
        """
        \A
        v?
        (?:(?<epoch>[0-9]+)!)?
        (?<release>[0-9]+(?:\.[0-9]+)*)
        (?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?
        (?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?
        (?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?
        (?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?
        \z
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"\A[a-z0-9]+(?:[-_.][a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex LocalPattern();
}
