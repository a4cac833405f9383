using System.Globalization;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Archives;

/// <summary>The bookkeeping of one archive read: members kept, findings, counts against the limits.</summary>
internal sealed class ArchiveReadState(ArchiveLimits limits)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private long _total;
    private int _count;

    public ArchiveLimits Limits { get; } = limits;

    public List<ArchiveMember> Members { get; } = [];

    public List<ArtifactFinding> Findings { get; } = [];

    public bool Stopped { get; private set; }

    /// <summary>Counts a member against the member limit; false (with a finding) once it is exceeded.</summary>
    public bool Admit()
    {
        if (++_count <= Limits.MaxMembers)
        {
            return true;
        }

        Stop(ArchiveCodes.TooManyMembers, $"The archive has more than {Limits.MaxMembers} members; the rest were not read.", new() { ["limit"] = Text(Limits.MaxMembers) });
        return false;
    }

    /// <summary>Checks a member's path (safety, encoding, duplicates); false (with a finding) when it must be skipped.</summary>
    public bool AcceptPath(string path)
    {
        if (path.Contains('\uFFFD', StringComparison.Ordinal))
        {
            Add(ArchiveCodes.InvalidName, ArtifactSeverity.Medium, $"A member name is not valid UTF-8: '{path}'.", path);
        }

        if (MemberPaths.Problem(path) is { } problem)
        {
            Add(ArchiveCodes.PathTraversal, ArtifactSeverity.High, $"The member '{path}' has {problem}: extracting it would write outside the target folder.", path);
            return false;
        }

        if (!_seen.Add(MemberPaths.Key(path)))
        {
            Add(ArchiveCodes.DuplicateMember, ArtifactSeverity.High, $"The member '{path}' appears twice: tools disagree on which copy wins, so what is checked need not be what is installed.", path);
            return false;
        }

        return true;
    }

    /// <summary>Keeps a member's content when it fits the total limit; false (and stops) when it does not.</summary>
    public bool Keep(string path, byte[] content)
    {
        _total += content.Length;
        if (_total > Limits.MaxTotalBytes)
        {
            Stop(ArchiveCodes.TooLarge, $"The archive uncompresses to more than {Limits.MaxTotalBytes} bytes; the rest was not read.", new() { ["limit"] = Text(Limits.MaxTotalBytes), ["member"] = path });
            return false;
        }

        Members.Add(new ArchiveMember(path, content));
        return true;
    }

    public void Add(string code, ArtifactSeverity severity, string message, string path, Dictionary<string, string>? more = null)
    {
        var evidence = more ?? new Dictionary<string, string>(StringComparer.Ordinal);
        evidence["member"] = path;
        Findings.Add(new ArtifactFinding(code, severity, message, evidence));
    }

    public void Stop(string code, string message, Dictionary<string, string> evidence)
    {
        Stopped = true;
        Findings.Add(new ArtifactFinding(code, ArtifactSeverity.High, message, evidence));
    }

    public ArchiveContents Result() => new(Members, Findings) { Incomplete = Stopped };

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
