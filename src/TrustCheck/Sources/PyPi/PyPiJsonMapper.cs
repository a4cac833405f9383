using System.Text.Json;
using TrustCheck.Evidence.PyPi;
using TrustCheck.Sources.PyPi.Wire;

namespace TrustCheck.Sources.PyPi;

/// <summary>Turns a JSON API document into the public model, rejecting documents without the essentials.</summary>
internal static class PyPiJsonMapper
{
    private const string What = "PyPI JSON API document";

    public static PyPiProject ToProject(PyPiJsonWire wire, string url)
    {
        var release = ToRelease(wire, url);
        var releases = new Dictionary<string, IReadOnlyList<PyPiFile>>(StringComparer.Ordinal);
        foreach (var (version, files) in wire.Releases ?? [])
        {
            releases[version] = Files(files, url);
        }

        return new PyPiProject
        {
            Info = release.Info,
            Files = release.Files,
            Vulnerabilities = release.Vulnerabilities,
            Ownership = release.Ownership,
            LastSerial = release.LastSerial,
            Releases = releases,
        };
    }

    public static PyPiRelease ToRelease(PyPiJsonWire wire, string url)
    {
        var info = wire.Info ?? throw EvidenceJson.Malformed(url, What, "'info' is missing");
        return new PyPiRelease
        {
            Info = new PyPiReleaseInfo
            {
                Name = EvidenceJson.Required(info.Name, url, What, "info.name"),
                Version = EvidenceJson.Required(info.Version, url, What, "info.version"),
                Summary = info.Summary,
                License = info.License,
                LicenseExpression = info.LicenseExpression,
                LicenseFiles = info.LicenseFiles ?? [],
                Classifiers = info.Classifiers ?? [],
                Author = info.Author,
                AuthorEmail = info.AuthorEmail,
                Maintainer = info.Maintainer,
                MaintainerEmail = info.MaintainerEmail,
                RequiresPython = info.RequiresPython,
                RequiresDist = info.RequiresDist ?? [],
                ProvidesExtra = info.ProvidesExtra ?? [],
                ProjectUrls = (info.ProjectUrls ?? []).Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal),
                HomePage = info.HomePage,
                DownloadUrl = info.DownloadUrl,
                Yanked = info.Yanked ?? false,
                YankedReason = info.YankedReason,
            },
            Files = Files(wire.Urls, url),
            Vulnerabilities = (wire.Vulnerabilities ?? []).Select(v => Vulnerability(NotNull(v, url, "vulnerabilities[]"), url)).ToList(),
            Ownership = wire.Ownership is null ? null : new PyPiOwnership
            {
                Organization = wire.Ownership.Organization,
                Roles = (wire.Ownership.Roles ?? []).Where(r => r?.Role is not null && r.User is not null).Select(r => new PyPiRole(r.Role!, r.User!)).ToList(),
            },
            LastSerial = wire.LastSerial ?? 0,
        };
    }

    private static List<PyPiFile> Files(List<PyPiFileWire>? files, string url) => (files ?? []).Select(f => File(NotNull(f, url, "a file list"), url)).ToList();

    /// <summary>A list item that JSON allows to be null but the document's shape does not.</summary>
    private static T NotNull<T>(T? item, string url, string where)
        where T : class =>
        item ?? throw EvidenceJson.Malformed(url, What, $"{where} holds a null item");

    private static PyPiFile File(PyPiFileWire file, string url)
    {
        var digests = file.Digests ?? [];
        return new PyPiFile
        {
            Filename = EvidenceJson.Required(file.Filename, url, What, "filename"),
            PackageType = file.PackageType,
            PythonVersion = file.PythonVersion,
            Digests = new PyPiFileDigests(Lower(digests.GetValueOrDefault("sha256")), Lower(digests.GetValueOrDefault("md5")), Lower(digests.GetValueOrDefault("blake2b_256"))),
            Size = file.Size,
            UploadTime = EvidenceJson.Time(file.UploadTimeIso8601 ?? (file.UploadTime is null ? null : file.UploadTime + "Z"), url, What),
            Url = file.Url,
            RequiresPython = file.RequiresPython,
            Yanked = file.Yanked ?? false,
            YankedReason = file.YankedReason,
            CoreMetadataSha256 = CoreMetadataSha256(file.CoreMetadata),
        };
    }

    private static PyPiVulnerability Vulnerability(PyPiVulnerabilityWire vulnerability, string url) => new()
    {
        Id = EvidenceJson.Required(vulnerability.Id, url, What, "vulnerabilities[].id"),
        Source = vulnerability.Source,
        Link = vulnerability.Link,
        Aliases = vulnerability.Aliases ?? [],
        Summary = vulnerability.Summary,
        Details = vulnerability.Details,
        FixedIn = vulnerability.FixedIn ?? [],
        Withdrawn = EvidenceJson.Time(vulnerability.Withdrawn, url, What),
    };

    internal static string? CoreMetadataSha256(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("sha256", out var hash) && hash.ValueKind == JsonValueKind.String
            ? Lower(hash.GetString())
            : null;

    private static string? Lower(string? hex) => hex?.ToLowerInvariant();
}
