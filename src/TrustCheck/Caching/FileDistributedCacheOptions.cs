using System.ComponentModel.DataAnnotations;
using TrustCheck.Configuration;

namespace TrustCheck.Caching;

/// <summary>
/// Options of <see cref="FileDistributedCache"/>, checked by <see cref="FileDistributedCacheOptionsValidator"/> (at
/// container build through <c>AddFileDistributedCache</c>, and by the cache's constructor).
/// </summary>
public sealed class FileDistributedCacheOptions
{
    /// <summary>The default bound on the store's total size: 512 MB.</summary>
    public const long DefaultMaxSizeBytes = 512L * 1024 * 1024;

    /// <summary>
    /// The folder that holds the entries (created when missing). Required. Several cache instances, in this process
    /// or in others, may share it.
    /// </summary>
    [Required(ErrorMessage = "{0} is required.")]
    public string Directory { get; set; } = string.Empty;

    /// <summary>
    /// The bound on the total size of the entry files. When a write takes the store over it, the least recently used
    /// entries are deleted until it is under about 90% of the bound. Defaults to <see cref="DefaultMaxSizeBytes"/>.
    /// </summary>
    [ValueRange(typeof(long), "1", "9223372036854775807", ErrorMessage = "{0} must be positive.")]
    public long MaxSizeBytes { get; set; } = DefaultMaxSizeBytes;

    /// <summary>
    /// Whether each entry is flushed to the storage device before it replaces the previous one. Defaults to true.
    /// Without it a machine crash may leave a torn entry; that entry fails its checksum and reads as a miss.
    /// </summary>
    public bool FlushToDisk { get; set; } = true;

    /// <summary>The clock that decides expiry and recency. Defaults to <see cref="TimeProvider.System"/>.</summary>
    [Required(ErrorMessage = "{0} is required.")]
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
