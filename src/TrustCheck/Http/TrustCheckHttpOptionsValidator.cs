using Microsoft.Extensions.Options;

namespace TrustCheck.Http;

/// <summary>Checks <see cref="TrustCheckHttpOptions"/> (source-generated from its attributes and cross-field rules).</summary>
[OptionsValidator]
internal sealed partial class TrustCheckHttpOptionsValidator : IValidateOptions<TrustCheckHttpOptions>;
