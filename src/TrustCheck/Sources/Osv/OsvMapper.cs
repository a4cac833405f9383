using TrustCheck.Evidence.Vulnerabilities;
using TrustCheck.Sources.Osv.Wire;

namespace TrustCheck.Sources.Osv;

/// <summary>Turns an OSV record into the public model, rejecting records without id or <c>modified</c>.</summary>
internal static class OsvMapper
{
    private const string What = "OSV record";

    public static OsvVulnerability ToVulnerability(OsvRecordWire wire, string url) => new()
    {
        Id = EvidenceJson.Required(wire.Id, url, What, "id"),
        Modified = EvidenceJson.Time(EvidenceJson.Required(wire.Modified, url, What, "modified"), url, What)!.Value,
        Published = EvidenceJson.Time(wire.Published, url, What),
        Withdrawn = EvidenceJson.Time(wire.Withdrawn, url, What),
        Aliases = wire.Aliases ?? [],
        Related = wire.Related ?? [],
        Summary = wire.Summary,
        Details = wire.Details,
        Severity = (wire.Severity ?? []).Where(s => s?.Type is not null && s.Score is not null).Select(s => new OsvSeverity(s.Type!, s.Score!)).ToList(),
        Affected = (wire.Affected ?? []).Where(a => a?.Package?.Name is not null).Select(a => new OsvAffected
        {
            Package = new OsvPackage(a.Package!.Ecosystem ?? string.Empty, a.Package.Name!, a.Package.Purl),
            Versions = a.Versions ?? [],
            Ranges = (a.Ranges ?? []).Select(r => r ?? throw EvidenceJson.Malformed(url, What, "affected[].ranges holds a null item")).Select(r => new OsvRange
            {
                Type = EvidenceJson.Required(r.Type, url, What, "affected[].ranges[].type"),
                Repo = r.Repo,
                Events = (r.Events ?? []).Select(e => e ?? throw EvidenceJson.Malformed(url, What, "affected[].ranges[].events holds a null item")).Select(e => new OsvEvent { Introduced = e.Introduced, Fixed = e.Fixed, LastAffected = e.LastAffected, Limit = e.Limit }).ToList(),
            }).ToList(),
        }).ToList(),
        References = (wire.References ?? []).Where(r => r?.Url is not null).Select(r => new OsvReference(r.Type ?? "WEB", r.Url!)).ToList(),
    };
}
