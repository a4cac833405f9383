using Microsoft.Extensions.Options;

namespace TrustCheck.Caching;

/// <summary>Checks <see cref="FileDistributedCacheOptions"/> (source-generated from its attributes).</summary>
[OptionsValidator]
internal sealed partial class FileDistributedCacheOptionsValidator : IValidateOptions<FileDistributedCacheOptions>;
