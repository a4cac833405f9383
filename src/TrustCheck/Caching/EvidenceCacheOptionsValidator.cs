using Microsoft.Extensions.Options;

namespace TrustCheck.Caching;

/// <summary>Checks <see cref="EvidenceCacheOptions"/> (source-generated from its attributes).</summary>
[OptionsValidator]
internal sealed partial class EvidenceCacheOptionsValidator : IValidateOptions<EvidenceCacheOptions>;
