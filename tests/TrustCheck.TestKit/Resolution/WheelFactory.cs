using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace TrustCheck.TestKit.Resolution;

/// <summary>
/// Builds minimal valid pure-Python wheels in memory: <c>{module}/__init__.py</c>, and in
/// <c>{name}-{version}.dist-info/</c> the <c>METADATA</c> (Metadata-Version 2.1: Name, Version, Summary,
/// Requires-Python, Provides-Extra, Requires-Dist), <c>WHEEL</c> (<c>py3-none-any</c>, purelib) and a <c>RECORD</c>
/// with the sha256 and size of every other member. Deterministic: same input, same bytes.
/// </summary>
public static class WheelFactory
{
    private static readonly DateTimeOffset Timestamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Builds the wheel of a generated release.</summary>
    /// <param name="name">The project name.</param>
    /// <param name="release">The release.</param>
    public static BuiltWheel Build(string name, GeneratedRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return Build(name, release.Version, release.RequiresPython, release.RequiresDist, release.ProvidesExtra);
    }

    /// <summary>Builds a wheel.</summary>
    /// <param name="name">The project name (written as given in <c>Name:</c>; underscores in the file name).</param>
    /// <param name="version">The version.</param>
    /// <param name="requiresPython">The <c>Requires-Python</c>, or null for none.</param>
    /// <param name="requiresDist">The <c>Requires-Dist</c> lines.</param>
    /// <param name="providesExtra">The <c>Provides-Extra</c> lines.</param>
    public static BuiltWheel Build(string name, string version, string? requiresPython, IEnumerable<string> requiresDist, IEnumerable<string> providesExtra)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(version);
        ArgumentNullException.ThrowIfNull(requiresDist);
        ArgumentNullException.ThrowIfNull(providesExtra);

        var distribution = name.Replace('-', '_').Replace('.', '_');
        var distInfo = $"{distribution}-{version}.dist-info";
        var metadata = Metadata(name, version, requiresPython, requiresDist, providesExtra);
        var members = new List<(string Path, byte[] Bytes)>
        {
            ($"{distribution}/__init__.py", Encoding.UTF8.GetBytes($"__version__ = \"{version}\"\n")),
            ($"{distInfo}/METADATA", metadata),
            ($"{distInfo}/WHEEL", Encoding.UTF8.GetBytes("Wheel-Version: 1.0\nGenerator: TrustCheck.TestKit\nRoot-Is-Purelib: true\nTag: py3-none-any\n\n")),
        };
        var record = new StringBuilder();
        foreach (var (path, bytes) in members)
        {
            record.Append(CultureInfo.InvariantCulture, $"{path},sha256={UrlSafeBase64(SHA256.HashData(bytes))},{bytes.Length}\n");
        }

        record.Append(CultureInfo.InvariantCulture, $"{distInfo}/RECORD,,\n");
        members.Add(($"{distInfo}/RECORD", Encoding.UTF8.GetBytes(record.ToString())));

        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in members)
            {
                var entry = archive.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = Timestamp;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return new BuiltWheel($"{distribution}-{version}-py3-none-any.whl", buffer.ToArray(), metadata);
    }

    private static byte[] Metadata(string name, string version, string? requiresPython, IEnumerable<string> requiresDist, IEnumerable<string> providesExtra)
    {
        var text = new StringBuilder();
        text.Append("Metadata-Version: 2.1\n");
        text.Append("Name: ").Append(name).Append('\n');
        text.Append("Version: ").Append(version).Append('\n');
        text.Append("Summary: A generated wheel for the resolver differential test.\n");
        if (requiresPython is not null)
        {
            text.Append("Requires-Python: ").Append(requiresPython).Append('\n');
        }

        foreach (var extra in providesExtra)
        {
            text.Append("Provides-Extra: ").Append(extra).Append('\n');
        }

        foreach (var requirement in requiresDist)
        {
            text.Append("Requires-Dist: ").Append(requirement).Append('\n');
        }

        text.Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string UrlSafeBase64(byte[] hash) =>
        Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
