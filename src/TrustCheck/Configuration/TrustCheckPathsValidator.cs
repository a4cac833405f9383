using Microsoft.Extensions.Options;

namespace TrustCheck;

/// <summary>Checks <see cref="TrustCheckPaths"/> (source-generated from its attributes).</summary>
[OptionsValidator]
internal sealed partial class TrustCheckPathsValidator : IValidateOptions<TrustCheckPaths>;
