namespace TrustCheck.Caching;

/// <summary>How answers of one kind of endpoint are bounded and kept.</summary>
internal sealed record EndpointProfile
{
    /// <summary>A short name, part of cache keys and messages.</summary>
    public required string Name { get; init; }

    /// <summary>The largest body accepted.</summary>
    public required long MaxBytes { get; init; }

    /// <summary>How long an answer is fresh when the service does not say (<c>Cache-Control: max-age</c>).</summary>
    public required TimeSpan DefaultFreshness { get; init; }

    /// <summary>Whether the answer never changes for its URL (a provenance object, an OSV record at a given <c>modified</c>).</summary>
    public bool Immutable { get; init; }

    /// <summary>Whether a 404 is an answer to keep ("not found", "no provenance"), rather than a failure.</summary>
    public bool NotFoundIsAnswer { get; init; } = true;

    /// <summary>The PyPI JSON API (project and release): 900 s on PyPI.</summary>
    public static EndpointProfile PyPiJson { get; } = new() { Name = "pypi-json", MaxBytes = 128L * 1024 * 1024, DefaultFreshness = TimeSpan.FromMinutes(15) };

    /// <summary>Simple API project pages: 600 s on PyPI.</summary>
    public static EndpointProfile SimplePage { get; } = new() { Name = "simple", MaxBytes = 128L * 1024 * 1024, DefaultFreshness = TimeSpan.FromMinutes(10) };

    /// <summary>Integrity API provenance objects: a file's provenance does not change once published.</summary>
    public static EndpointProfile Provenance { get; } = new() { Name = "provenance", MaxBytes = 4L * 1024 * 1024, DefaultFreshness = TimeSpan.FromMinutes(10), Immutable = true };

    /// <summary>OSV records fetched by id, keyed with their <c>modified</c> time.</summary>
    public static EndpointProfile OsvRecord { get; } = new() { Name = "osv-vuln", MaxBytes = 8L * 1024 * 1024, DefaultFreshness = TimeSpan.FromHours(1), Immutable = true };

    /// <summary>OSV query results for one release (which ids and their <c>modified</c> times).</summary>
    public static EndpointProfile OsvQuery { get; } = new() { Name = "osv-query", MaxBytes = 32L * 1024 * 1024, DefaultFreshness = TimeSpan.FromHours(1), NotFoundIsAnswer = false };

    /// <summary>The popular-projects list.</summary>
    public static EndpointProfile PopularPackages { get; } = new() { Name = "popular", MaxBytes = 64L * 1024 * 1024, DefaultFreshness = TimeSpan.FromDays(1), NotFoundIsAnswer = false };

    /// <summary>A distribution's PEP 658 core metadata file (immutable: it is bound to the file's digest).</summary>
    public static EndpointProfile CoreMetadata { get; } = new() { Name = "core-metadata", MaxBytes = 16L * 1024 * 1024, DefaultFreshness = TimeSpan.FromDays(1), Immutable = true };

    /// <summary>TUF metadata and targets (the TUF client does its own expiry and rollback checks).</summary>
    public static EndpointProfile Tuf { get; } = new() { Name = "tuf", MaxBytes = 32L * 1024 * 1024, DefaultFreshness = TimeSpan.FromMinutes(5) };
}
