namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>
/// Files read in place on every request: the TUF repository under <c>/tuf/</c>, the popular-names list at
/// <c>/top-pypi-packages.min.json</c>, and registered artifacts under <c>/packages/{filename}</c>.
/// </summary>
internal sealed class StaticFileApi(EvidenceContent content, Func<string> tufDirectory, Func<string> topPackagesFile)
{
    public async Task<EvidenceResponse> TufAsync(PathSegments path, CancellationToken cancellationToken)
    {
        if (path.Count == 0 || path.TrailingSlash)
        {
            return EvidenceResponse.NotFound();
        }

        var root = Path.GetFullPath(tufDirectory());
        var file = Path.GetFullPath(Path.Combine(root, Path.Combine([.. path.Segments])));
        if (!file.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            return EvidenceResponse.NotFound();
        }

        return await ReadAsync(file, cancellationToken).ConfigureAwait(false);
    }

    public Task<EvidenceResponse> TopPackagesAsync(CancellationToken cancellationToken) => ReadAsync(topPackagesFile(), cancellationToken);

    public EvidenceResponse Artifact(PathSegments path) =>
        path.Count == 1 && !path.TrailingSlash && content.FindArtifact(path[0]) is { } artifact
            ? EvidenceResponse.Document(artifact, "application/octet-stream", ResponseCacheClass.Static)
            : EvidenceResponse.NotFound();

    private static async Task<EvidenceResponse> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var body = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        var mediaType = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? EvidenceResponse.JsonMediaType : "application/octet-stream";
        return new EvidenceResponse(200, body, mediaType, ResponseCacheClass.Static);
    }
}
