using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TrustCheck.TestKit.FailClosed;
using TrustCheck.TestKit.Pki;

namespace TrustCheck.TestKit.Http.Evidence.Synthetic;

/// <summary>
/// Publishes releases of a synthetic project on the loopback index, each file attested (or not) with real signatures
/// minted by the TestKit's Sigstore, and writes that Sigstore's trusted root to a file.
/// </summary>
public sealed class AttestedReleases : IDisposable
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TestSigstore _sigstore = new(Epoch);
    private readonly EvidenceServer _server;
    private readonly string _name;

    /// <summary>Creates the publisher of <paramref name="name"/> on <paramref name="server"/>.</summary>
    /// <param name="server">The loopback index.</param>
    /// <param name="name">The project's name.</param>
    /// <param name="directory">Where the trusted root file is written.</param>
    public AttestedReleases(EvidenceServer server, string name, string directory)
    {
        _server = server;
        _name = name;
        TrustedRootFile = Path.Combine(directory, "test.trusted_root.json");
        File.WriteAllBytes(TrustedRootFile, _sigstore.TrustedRootJson());
    }

    /// <summary>The test Sigstore's trusted root, for <c>--trusted-root</c> or <c>TrustedRootFile</c>.</summary>
    public string TrustedRootFile { get; }

    /// <summary>Publishes a release with one sdist, attested by <paramref name="repository"/> when given.</summary>
    /// <param name="version">The release's version.</param>
    /// <param name="daysAfterEpoch">When it was uploaded, in days after the test Sigstore's epoch (2026-01-01).</param>
    /// <param name="repository">The GitHub repository that attests it, or null for no provenance.</param>
    /// <param name="workflow">The attesting workflow.</param>
    public AttestedReleases Publish(string version, int daysAfterEpoch, string? repository, string workflow = "release.yml")
    {
        var (filename, sha256, uploaded) = AddRelease(version, daysAfterEpoch, repository);
        if (repository is not null)
        {
            var attestation = _sigstore.MintAttestation(uploaded.AddMinutes(-5), new TestAttestationOptions { SubjectName = filename, SubjectSha256 = sha256, Repository = repository, Workflow = workflow });
            _server.AddProvenance(_name, version, filename, Encoding.UTF8.GetBytes(TestSigstore.Provenance(repository, workflow, attestation)));
        }

        Synthesize();
        return this;
    }

    /// <summary>
    /// Publishes (or republishes) a release with one sdist whose provenance is a fail-closed row's baseline or spoiled
    /// provenance, signed five minutes before the upload, and rewrites <see cref="TrustedRootFile"/> with the matching
    /// trusted root.
    /// </summary>
    /// <param name="version">The release's version.</param>
    /// <param name="daysAfterEpoch">When it was uploaded, in days after the test Sigstore's epoch (2026-01-01).</param>
    /// <param name="repository">The GitHub repository of the publisher and the certificate.</param>
    /// <param name="row">The fail-closed row.</param>
    /// <param name="spoiled">Publish the spoiled provenance (and trusted root) rather than the baseline.</param>
    public AttestedReleases PublishFailClosed(string version, int daysAfterEpoch, string repository, FailClosedRow row, bool spoiled)
    {
        ArgumentNullException.ThrowIfNull(row);
        var (filename, sha256, uploaded) = AddRelease(version, daysAfterEpoch, repository);
        var claims = new TestAttestationOptions { SubjectName = filename, SubjectSha256 = sha256, Repository = repository };
        var pair = FailClosedMint.Mint(_sigstore, row, uploaded.AddMinutes(-5), claims);
        _server.AddProvenance(_name, version, filename, Encoding.UTF8.GetBytes(spoiled ? pair.SpoiledProvenance : pair.BaselineProvenance));
        File.WriteAllBytes(TrustedRootFile, spoiled ? pair.SpoiledTrustedRoot : pair.BaselineTrustedRoot);
        Synthesize();
        return this;
    }

    /// <inheritdoc />
    public void Dispose() => _sigstore.Dispose();

    private (string Filename, string Sha256, DateTimeOffset Uploaded) AddRelease(string version, int daysAfterEpoch, string? repository)
    {
        var filename = $"{_name}-{version}.tar.gz";
        var content = Encoding.UTF8.GetBytes($"{_name} {version} source");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var uploaded = Epoch.AddDays(daysAfterEpoch);
        var release = new JsonObject
        {
            ["info"] = new JsonObject
            {
                ["name"] = _name,
                ["version"] = version,
                ["summary"] = "A synthetic project for drift scenarios.",
                ["license_expression"] = "MIT",
                ["requires_python"] = ">=3.9",
                ["requires_dist"] = null,
                ["project_urls"] = repository is null ? null : new JsonObject { ["Source"] = "https://github.com/" + repository },
                ["yanked"] = false,
            },
            ["urls"] = new JsonArray(new JsonObject
            {
                ["filename"] = filename,
                ["packagetype"] = "sdist",
                ["python_version"] = "source",
                ["digests"] = new JsonObject { ["sha256"] = sha256 },
                ["size"] = content.Length,
                ["upload_time_iso_8601"] = uploaded.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", System.Globalization.CultureInfo.InvariantCulture),
                ["url"] = _server.ArtifactUrl(filename).AbsoluteUri,
                ["requires_python"] = ">=3.9",
                ["yanked"] = false,
            }),
            ["vulnerabilities"] = new JsonArray(),
            ["last_serial"] = daysAfterEpoch,
        };
        _server.AddRelease(_name, version, Encoding.UTF8.GetBytes(release.ToJsonString()));
        _server.AddArtifact(filename, content);
        return (filename, sha256, uploaded);
    }

    private void Synthesize()
    {
        _server.SynthesizeProject(_name);
        _server.SynthesizeSimplePage(_name);
    }
}
