using Microsoft.Extensions.Options;

namespace TrustCheck.Sources;

/// <summary>Checks <see cref="EvidenceSourceOptions"/> (source-generated from its attributes).</summary>
[OptionsValidator]
internal sealed partial class EvidenceSourceOptionsValidator : IValidateOptions<EvidenceSourceOptions>;
