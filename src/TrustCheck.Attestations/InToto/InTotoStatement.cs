using System.Text.Json;
using TrustCheck.Attestations.Json;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.InToto;

/// <summary>An in-toto Statement v1, parsed from the exact payload bytes a DSSE signature covered.</summary>
public sealed record InTotoStatement
{
    /// <summary>The only statement type accepted.</summary>
    public const string TypeV1 = "https://in-toto.io/Statement/v1";

    private static readonly string[] DigestAlgorithms = ["sha256", "sha384", "sha512", "sha3_256", "sha3_384", "sha3_512"];

    /// <summary>The subjects the statement is about.</summary>
    public required IReadOnlyList<StatementSubject> Subjects { get; init; }

    /// <summary>The predicate type URI.</summary>
    public required string PredicateType { get; init; }

    /// <summary>The predicate as raw JSON (<c>null</c> when absent or null).</summary>
    public string? PredicateJson { get; init; }

    /// <summary>Parses and validates a statement.</summary>
    /// <param name="payload">The verified DSSE payload.</param>
    /// <param name="statement">The statement, when valid.</param>
    /// <returns>Null on success, otherwise why the statement is rejected.</returns>
    public static VerificationFailure? TryParse(ReadOnlySpan<byte> payload, out InTotoStatement? statement)
    {
        statement = null;
        var notUtf8 = Utf8Input.Check(payload, VerificationStage.Statement, "the statement");
        if (notUtf8 is not null)
        {
            return notUtf8;
        }

        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = 64 });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException error)
        {
            return Fail($"the statement is not JSON: {error.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("the statement is not a JSON object");
            }

            if (!root.TryGetProperty("_type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != TypeV1)
            {
                return Fail($"the statement's _type is not {TypeV1}");
            }

            if (!root.TryGetProperty("predicateType", out var predicateType) || predicateType.ValueKind != JsonValueKind.String)
            {
                return Fail("the statement's predicateType is missing or not a string");
            }

            string? predicate = null;
            if (root.TryGetProperty("predicate", out var predicateElement))
            {
                if (predicateElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                {
                    return Fail("the statement's predicate is neither an object nor null");
                }

                predicate = predicateElement.ValueKind == JsonValueKind.Null ? null : predicateElement.GetRawText();
            }

            var subjectFailure = ReadSubjects(root, out var subjects);
            if (subjectFailure is not null)
            {
                return subjectFailure;
            }

            statement = new InTotoStatement { Subjects = subjects, PredicateType = predicateType.GetString()!, PredicateJson = predicate };
            return null;
        }
    }

    private static VerificationFailure? ReadSubjects(JsonElement root, out List<StatementSubject> subjects)
    {
        subjects = [];
        if (!root.TryGetProperty("subject", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            return Fail("the statement has no subject");
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("digest", out var digest) || digest.ValueKind != JsonValueKind.Object)
            {
                return Fail("a statement subject has no digest object");
            }

            string? name = null;
            if (item.TryGetProperty("name", out var nameElement))
            {
                if (nameElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return Fail("a statement subject's name is not a string");
                }

                name = nameElement.ValueKind == JsonValueKind.String ? nameElement.GetString() : null;
            }

            var digests = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in digest.EnumerateObject())
            {
                if (!DigestAlgorithms.Contains(property.Name, StringComparer.Ordinal) || property.Value.ValueKind != JsonValueKind.String)
                {
                    return Fail($"a statement subject has an unsupported digest '{property.Name}'");
                }

                digests[property.Name] = property.Value.GetString()!;
            }

            subjects.Add(new StatementSubject(name, digests));
        }

        return null;
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Statement, reason);
}
