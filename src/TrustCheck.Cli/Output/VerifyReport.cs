using System.Text.Json.Serialization;

namespace TrustCheck.Cli.Output;

/// <summary>The JSON document <c>trustcheck verify --format json</c> writes (versioned by <see cref="SchemaVersion"/>).</summary>
internal sealed record VerifyReport(
    [property: JsonPropertyName("schemaVersion")] string SchemaVersion,
    [property: JsonPropertyName("verified")] bool Verified,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("distribution")] DistributionReport Distribution,
    [property: JsonPropertyName("failure")] FailureReport? Failure,
    [property: JsonPropertyName("attestations")] IReadOnlyList<AttestationReport> Attestations);

internal sealed record DistributionReport(
    [property: JsonPropertyName("filename")] string Filename,
    [property: JsonPropertyName("sha256")] string Sha256);

internal sealed record FailureReport(
    [property: JsonPropertyName("stage")] string Stage,
    [property: JsonPropertyName("reason")] string Reason);

internal sealed record PublisherReport(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("repository")] string? Repository,
    [property: JsonPropertyName("workflow")] string? Workflow,
    [property: JsonPropertyName("environment")] string? Environment);

internal sealed record SubjectReport(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("digest")] IReadOnlyDictionary<string, string> Digest);

internal sealed record StatementReport(
    [property: JsonPropertyName("predicateType")] string PredicateType,
    [property: JsonPropertyName("subject")] IReadOnlyList<SubjectReport> Subject);

internal sealed record AttestationReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("failure")] FailureReport? Failure,
    [property: JsonPropertyName("publisher")] PublisherReport? Publisher,
    [property: JsonPropertyName("signer")] string? Signer,
    [property: JsonPropertyName("sourceRepository")] string? SourceRepository,
    [property: JsonPropertyName("signedAt")] IReadOnlyList<DateTimeOffset> SignedAt,
    [property: JsonPropertyName("statement")] StatementReport? Statement);

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(VerifyReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
