using System.Globalization;
using System.Security.Cryptography;
using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Packaging;

namespace TrustCheck.Artifacts.Wheels;

/// <summary>
/// Checks that a wheel is what it says (PEP 427/491): one <c>.dist-info</c> directory for the file name's project and
/// version, a <c>WHEEL</c> file with a supported version, and a RECORD that lists every member with a SHA-256 (or
/// stronger) hash and size that match — RECORD itself and its signatures excepted. A file installed but not recorded,
/// or recorded with other bytes, is how a tampered wheel shows.
/// </summary>
public static class WheelIntegrity
{
    private static readonly Dictionary<string, HashAlgorithmName> StrongHashes = new(StringComparer.Ordinal)
    {
        ["sha256"] = HashAlgorithmName.SHA256,
        ["sha384"] = HashAlgorithmName.SHA384,
        ["sha512"] = HashAlgorithmName.SHA512,
    };

    /// <summary>Checks a wheel read by <see cref="SafeArchiveReader"/>.</summary>
    /// <param name="filename">The wheel's file name.</param>
    /// <param name="contents">Its members.</param>
    /// <returns>The findings; empty for an intact wheel.</returns>
    public static IReadOnlyList<ArtifactFinding> Check(string filename, ArchiveContents contents)
    {
        ArgumentNullException.ThrowIfNull(filename);
        ArgumentNullException.ThrowIfNull(contents);
        var findings = new List<ArtifactFinding>();
        var distInfo = DistInfo(filename, contents, findings);
        if (distInfo is null)
        {
            return findings;
        }

        CheckWheelFile(distInfo, contents, findings);
        var record = contents.Members.FirstOrDefault(m => m.Path == distInfo + "/RECORD");
        if (record is null)
        {
            findings.Add(Finding(WheelCodes.NoRecord, ArtifactSeverity.High, $"The wheel has no {distInfo}/RECORD: nothing says which files it installs or what their bytes are.", distInfo + "/RECORD"));
            return findings;
        }

        CheckRecord(distInfo, RecordEntry.Parse(record.Content.Span), contents, findings);
        return findings;
    }

    private static string? DistInfo(string filename, ArchiveContents contents, List<ArtifactFinding> findings)
    {
        var directories = contents.Members
            .Select(m => m.Path.Split('/')[0])
            .Where(top => top.EndsWith(".dist-info", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (directories.Count != 1)
        {
            findings.Add(Finding(WheelCodes.DistInfoMismatch, ArtifactSeverity.High, $"The wheel has {directories.Count} .dist-info directories; exactly one is required.", string.Join(" ", directories)));
            return null;
        }

        var directory = directories[0];
        var stem = directory[..^".dist-info".Length];
        var dash = stem.LastIndexOf('-');
        if (!DistributionFilename.TryParse(filename, out var parsed) || dash < 0
            || !PackageName.TryParse(stem[..dash], out var name) || name != parsed.Name
            || !PythonVersion.TryParse(stem[(dash + 1)..], out var version) || version != parsed.Version)
        {
            findings.Add(Finding(WheelCodes.DistInfoMismatch, ArtifactSeverity.High, $"The wheel's {directory} does not name the project and version of its file name {filename}.", directory));
        }

        return directory;
    }

    private static void CheckWheelFile(string distInfo, ArchiveContents contents, List<ArtifactFinding> findings)
    {
        var wheel = contents.Members.FirstOrDefault(m => m.Path == distInfo + "/WHEEL");
        var version = wheel is null ? null : System.Text.Encoding.UTF8.GetString(wheel.Content.Span).Split('\n')
            .Select(l => l.Trim())
            .FirstOrDefault(l => l.StartsWith("Wheel-Version:", StringComparison.OrdinalIgnoreCase))?["Wheel-Version:".Length..].Trim();
        if (version is null || !version.StartsWith("1.", StringComparison.Ordinal))
        {
            findings.Add(Finding(WheelCodes.WheelMetadata, ArtifactSeverity.Medium, wheel is null
                ? $"The wheel has no {distInfo}/WHEEL file."
                : $"The wheel's {distInfo}/WHEEL names Wheel-Version '{version}', which installers do not support.", distInfo + "/WHEEL"));
        }
    }

    private static void CheckRecord(string distInfo, List<RecordEntry> entries, ArchiveContents contents, List<ArtifactFinding> findings)
    {
        var members = contents.Members.ToDictionary(m => m.Path, StringComparer.Ordinal);
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            recorded.Add(entry.Path);
            var unhashed = entry.Path == distInfo + "/RECORD" || entry.Path.StartsWith(distInfo + "/RECORD.", StringComparison.Ordinal);
            if (!members.TryGetValue(entry.Path, out var member))
            {
                findings.Add(Finding(WheelCodes.MissingFile, ArtifactSeverity.Medium, $"RECORD lists {entry.Path}, which the wheel does not contain.", entry.Path));
                continue;
            }

            if (unhashed)
            {
                continue;
            }

            var separator = entry.Hash.IndexOf('=', StringComparison.Ordinal);
            if (separator < 0 || !StrongHashes.TryGetValue(entry.Hash[..separator], out var algorithm))
            {
                findings.Add(Finding(WheelCodes.WeakOrMissingHash, ArtifactSeverity.High, $"RECORD gives {entry.Path} {(separator < 0 ? "no hash" : $"a {entry.Hash[..separator]} hash")}: only SHA-256 or stronger binds its bytes.", entry.Path));
                continue;
            }

            var actual = Convert.ToBase64String(CryptographicOperations.HashData(algorithm, member.Content.Span)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            if (!string.Equals(actual, entry.Hash[(separator + 1)..].TrimEnd('='), StringComparison.Ordinal))
            {
                findings.Add(Finding(WheelCodes.HashMismatch, ArtifactSeverity.High, $"The bytes of {entry.Path} do not match RECORD's hash: the file was changed after the wheel was built.", entry.Path));
            }
            else if (entry.Size.Length > 0 && entry.Size != member.Content.Length.ToString(CultureInfo.InvariantCulture))
            {
                findings.Add(Finding(WheelCodes.SizeMismatch, ArtifactSeverity.Medium, $"{entry.Path} is {member.Content.Length} bytes, RECORD says {entry.Size}.", entry.Path));
            }
        }

        foreach (var member in contents.Members.Where(m => !recorded.Contains(m.Path)))
        {
            findings.Add(Finding(WheelCodes.Unrecorded, ArtifactSeverity.High, $"{member.Path} is in the wheel but not in RECORD: it would be installed unrecorded and unchecked.", member.Path));
        }
    }

    private static ArtifactFinding Finding(string code, ArtifactSeverity severity, string message, string member) =>
        new(code, severity, message, new Dictionary<string, string>(StringComparer.Ordinal) { ["member"] = member });
}
