using TrustCheck.Evidence.PyPi;
using TrustCheck.Evidence.Release;
using TrustCheck.Evidence.Simple;
using TrustCheck.Evidence.Vulnerabilities;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.Signals;
using TrustCheck.Sources.Vulnerabilities;

namespace TrustCheck.Tests.Providers;

/// <summary>
/// Builds <see cref="ReleaseEvidence"/> by hand for provider tests. A fresh builder describes an unremarkable
/// release: an MIT license expression, one wheel and one sdist uploaded on <see cref="DefaultUpload"/>, an active
/// project, no Requires-Python and no vulnerabilities.
/// </summary>
internal sealed class ReleaseEvidenceBuilder
{
    public static readonly DateTimeOffset DefaultUpload = new(2024, 1, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly PackageName _name;
    private readonly string _version;
    private readonly List<DistributionEvidence> _files = [];
    private readonly List<OsvVulnerability> _osv = [];
    private readonly List<PyPiVulnerability> _pypi = [];
    private PyPiReleaseInfo _info;
    private SimpleProjectStatus? _status = SimpleProjectStatus.Active;
    private bool _filesCleared;

    public ReleaseEvidenceBuilder(string name, string version)
    {
        _name = PackageName.Parse(name);
        _version = version;
        _info = new PyPiReleaseInfo { Name = name, Version = version, LicenseExpression = "MIT" };
    }

    /// <summary>Changes the release metadata.</summary>
    public ReleaseEvidenceBuilder WithInfo(Func<PyPiReleaseInfo, PyPiReleaseInfo> change)
    {
        _info = change(_info);
        return this;
    }

    /// <summary>Adds a file (the default wheel and sdist are dropped the first time).</summary>
    public ReleaseEvidenceBuilder WithFile(
        string filename,
        DateTimeOffset? uploaded = null,
        string? packageType = null,
        bool yanked = false,
        string? yankedReason = null,
        string? requiresPython = null)
    {
        _filesCleared = true;
        _files.Add(new DistributionEvidence
        {
            Filename = filename,
            PackageType = packageType,
            UploadTime = uploaded ?? DefaultUpload,
            Yanked = yanked,
            YankedReason = yankedReason,
            RequiresPython = requiresPython,
            Provenance = FileProvenance.Absent,
        });
        return this;
    }

    /// <summary>Removes every file.</summary>
    public ReleaseEvidenceBuilder WithoutFiles()
    {
        _filesCleared = true;
        _files.Clear();
        return this;
    }

    /// <summary>Sets the main index's PEP 792 status (null: no index page).</summary>
    public ReleaseEvidenceBuilder WithStatus(string? status, string? reason = null)
    {
        _status = status is null ? null : new SimpleProjectStatus(status, reason);
        return this;
    }

    /// <summary>Adds OSV records (merged by alias with the PyPI entries at build time).</summary>
    public ReleaseEvidenceBuilder WithOsv(params IEnumerable<OsvVulnerability> records)
    {
        _osv.AddRange(records);
        return this;
    }

    /// <summary>Adds PyPI JSON API vulnerability entries.</summary>
    public ReleaseEvidenceBuilder WithPyPiVulnerabilities(params IEnumerable<PyPiVulnerability> entries)
    {
        _pypi.AddRange(entries);
        return this;
    }

    public ReleaseEvidence Build()
    {
        var files = _filesCleared ? _files : DefaultFiles();
        return new ReleaseEvidence
        {
            Name = _name,
            Version = _version,
            Release = new PyPiRelease
            {
                Info = _info,
                Files = files.Select(f => new PyPiFile
                {
                    Filename = f.Filename,
                    PackageType = f.PackageType,
                    UploadTime = f.UploadTime,
                    Yanked = f.Yanked,
                    YankedReason = f.YankedReason,
                    RequiresPython = f.RequiresPython,
                }).ToList(),
                Vulnerabilities = _pypi,
            },
            IndexPage = _status is null ? null : new SimpleProjectPage { Index = "https://pypi.org/simple/", Name = _name.Normalized, Status = _status },
            Files = files,
            Vulnerabilities = VulnerabilityMerger.Merge(_osv, _pypi),
        };
    }

    /// <summary>A signal context over the built evidence.</summary>
    public SignalContext BuildContext(DateTimeOffset? now = null, string targetPython = "3.12") => new()
    {
        Evidence = Build(),
        Options = new InspectionOptions { Target = TargetEnvironment.Default with { PythonVersion = targetPython } },
        Now = now ?? DefaultUpload.AddDays(30),
        Sources = NoEvidenceSources.Instance,
    };

    private List<DistributionEvidence> DefaultFiles()
    {
        var stem = $"{_name.Normalized.Replace('-', '_')}-{_version}";
        return
        [
            new DistributionEvidence { Filename = $"{stem}-py3-none-any.whl", PackageType = "bdist_wheel", UploadTime = DefaultUpload, Provenance = FileProvenance.Absent },
            new DistributionEvidence { Filename = $"{stem}.tar.gz", PackageType = "sdist", UploadTime = DefaultUpload, Provenance = FileProvenance.Absent },
        ];
    }
}
