using System.Text.Json;

namespace TrustCheck.Packaging.Tests.Markers;

public sealed class MarkerExpressionVectorTests
{
    private const string File = "markers.json";

    public static TheoryData<string> Evaluate => PackagingVectors.Rows(PackagingVectors.OfKind(File, "evaluate"));

    public static TheoryData<string> Valid => PackagingVectors.Rows(PackagingVectors.OfKind(File, "valid"));

    public static TheoryData<string> ParseErrors => PackagingVectors.Rows(PackagingVectors.OfKind(File, "parse_error"));

    public static TheoryData<string> Equality => PackagingVectors.Rows(PackagingVectors.OfKind(File, "equality"));

    public static TheoryData<string> Str => PackagingVectors.Rows(PackagingVectors.OfKind(File, "str"));

    [Theory]
    [MemberData(nameof(Evaluate))]
    public void Evaluate_Vector_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);
        var marker = MarkerExpression.Parse(item.GetProperty("marker").GetString()!);
        var environment = EnvironmentFrom(item.GetProperty("environment"));
        var context = item.GetProperty("context").GetString() switch
        {
            "lock_file" => MarkerContext.LockFile,
            "requirement" => MarkerContext.Requirement,
            _ => MarkerContext.Metadata,
        };

        if (item.OptionalBool("error") == true)
        {
            var error = Assert.Throws<MarkerEvaluationException>(() => marker.Evaluate(environment, context));
            Assert.Equal(Enum.Parse<MarkerEvaluationErrorKind>(item.GetProperty("error_kind").GetString()!), error.Kind);
            return;
        }

        Assert.Equal(item.GetProperty("expected").GetBoolean(), marker.Evaluate(environment, context));
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void TryParse_ValidMarker_SucceedsAndRoundTrips(string row)
    {
        var text = PackagingVectors.Parse(row).GetProperty("marker").GetString()!;

        Assert.True(MarkerExpression.TryParse(text, out var marker));
        Assert.Equal(marker, MarkerExpression.Parse(marker.ToString()));
    }

    [Theory]
    [MemberData(nameof(ParseErrors))]
    public void Parse_InvalidMarker_ThrowsWithThePosition(string row)
    {
        var item = PackagingVectors.Parse(row);
        var text = item.GetProperty("marker").GetString()!;

        Assert.False(MarkerExpression.TryParse(text, out _));
        var error = Assert.Throws<DependencySyntaxException>(() => MarkerExpression.Parse(text));
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
        if (item.OptionalString("message") is { } message)
        {
            Assert.Equal(message, error.Message);
        }
    }

    [Theory]
    [MemberData(nameof(Equality))]
    public void Equals_Vector_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);
        var a = MarkerExpression.Parse(item.GetProperty("a").GetString()!);
        var b = MarkerExpression.Parse(item.GetProperty("b").GetString()!);
        var equal = item.GetProperty("equal").GetBoolean();

        Assert.Equal(equal, a == b);
        Assert.Equal(equal, a.GetHashCode() == b.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(Str))]
    public void ToString_Vector_IsTheNormalizedForm(string row)
    {
        var item = PackagingVectors.Parse(row);

        Assert.Equal(item.GetProperty("expected").GetString(), MarkerExpression.Parse(item.GetProperty("marker").GetString()!).ToString());
    }

    internal static MarkerEnvironment EnvironmentFrom(JsonElement environment)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var sets = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal);
        foreach (var property in environment.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                sets[property.Name] = property.Value.Strings();
            }
            else
            {
                values[property.Name] = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.GetString();
            }
        }

        return new MarkerEnvironment(values, sets);
    }
}
