using System.Text.Json.Serialization;
using TrustCheck.Sources.Osv.Wire;
using TrustCheck.Sources.Popular.Wire;
using TrustCheck.Sources.PyPi.Wire;
using TrustCheck.Sources.Simple.Wire;

namespace TrustCheck.Sources;

/// <summary>Source-generated JSON for every service answer, with a nesting limit far above any real document.</summary>
[JsonSourceGenerationOptions(MaxDepth = 64, AllowTrailingCommas = false, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(PyPiJsonWire))]
[JsonSerializable(typeof(SimplePageWire))]
[JsonSerializable(typeof(OsvRecordWire))]
[JsonSerializable(typeof(OsvBatchRequestWire))]
[JsonSerializable(typeof(OsvBatchResponseWire))]
[JsonSerializable(typeof(OsvQueryWire))]
[JsonSerializable(typeof(OsvQueryResponseWire))]
[JsonSerializable(typeof(OsvQueryHitsWire))]
[JsonSerializable(typeof(PopularPackagesWire))]
internal sealed partial class EvidenceJsonContext : JsonSerializerContext;
