using System.Text.Json;

namespace TrustCheck.Packaging.Tests.Tags;

public sealed class WheelTagVectorTests
{
    private const string File = "tags.json";

    public static TheoryData<string> ParseTag => PackagingVectors.Rows(PackagingVectors.Section(File, "parse_tag"));

    public static TheoryData<string> TagStr => PackagingVectors.Rows(PackagingVectors.Section(File, "tag_str"));

    public static TheoryData<string> CPythonTags => PackagingVectors.Rows(PackagingVectors.Section(File, "cpython_tags"));

    public static TheoryData<string> GenericTags => PackagingVectors.Rows(PackagingVectors.Section(File, "generic_tags"));

    public static TheoryData<string> PurePythonTags => PackagingVectors.Rows(PackagingVectors.Section(File, "pure_python_tags"));

    public static TheoryData<string> CompatibleTags => PackagingVectors.Rows(PackagingVectors.Section(File, "compatible_tags"));

    [Theory]
    [MemberData(nameof(ParseTag))]
    public void ParseSet_Vector_MatchesReference(string row)
    {
        var item = PackagingVectors.Parse(row);
        var text = item.GetProperty("tag").GetString()!;
        var validateOrder = item.OptionalBool("validate_order") ?? false;
        var limit = (int?)item.OptionalInt64("limit");

        if (item.OptionalBool("error") == true)
        {
            var error = Assert.Throws<WheelTagFormatException>(() => WheelTag.ParseSet(text, validateOrder, limit));
            var expectedKind = item.GetProperty("error_kind").GetString() switch
            {
                "TooManyTagsError" => WheelTagErrorKind.TooManyTags,
                "UnsortedTagsError" => WheelTagErrorKind.UnsortedTags,
                _ => WheelTagErrorKind.InvalidTag,
            };
            Assert.Equal(expectedKind, error.Kind);
            Assert.Contains(item.GetProperty("message_contains").GetString()!, error.Message, StringComparison.Ordinal);
            return;
        }

        var tags = WheelTag.ParseSet(text, validateOrder, limit);

        Assert.Equal(item.GetProperty("tags").Strings(), tags.Select(t => t.ToString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TagStr))]
    public void ToString_MixedCaseParts_IsLowerCase(string row)
    {
        var item = PackagingVectors.Parse(row);

        var tag = new WheelTag(item.GetProperty("interpreter").GetString()!, item.GetProperty("abi").GetString()!, item.GetProperty("platform").GetString()!);

        Assert.Equal(item.GetProperty("expected").GetString(), tag.ToString());
    }

    [Theory]
    [MemberData(nameof(CPythonTags))]
    public void CPython_Vector_ListsTagsInPriorityOrder(string row)
    {
        var item = PackagingVectors.Parse(row);

        var tags = WheelTags.CPython(Ints(item.GetProperty("python_version")), item.GetProperty("abis").Strings(), item.GetProperty("platforms").Strings());

        Assert.Equal(item.GetProperty("expected").Strings(), tags.Select(t => t.ToString()));
    }

    [Theory]
    [MemberData(nameof(GenericTags))]
    public void Generic_Vector_ListsTagsInPriorityOrder(string row)
    {
        var item = PackagingVectors.Parse(row);

        var tags = WheelTags.Generic(item.GetProperty("interpreter").GetString()!, item.GetProperty("abis").Strings(), item.GetProperty("platforms").Strings());

        Assert.Equal(item.GetProperty("expected").Strings(), tags.Select(t => t.ToString()));
    }

    [Theory]
    [MemberData(nameof(PurePythonTags))]
    public void PurePython_Vector_ListsTagsOrRejects(string row)
    {
        var item = PackagingVectors.Parse(row);
        var version = Ints(item.GetProperty("python_version"));

        if (item.OptionalBool("error") == true)
        {
            var error = Assert.Throws<ArgumentException>(() => WheelTags.PurePython(version));
            Assert.Contains(item.GetProperty("message_contains").GetString()!, error.Message, StringComparison.Ordinal);
            return;
        }

        Assert.Equal(item.GetProperty("expected").Strings(), WheelTags.PurePython(version).Select(t => t.ToString()));
    }

    [Theory]
    [MemberData(nameof(CompatibleTags))]
    public void Compatible_Vector_ListsTagsInPriorityOrder(string row)
    {
        var item = PackagingVectors.Parse(row);

        var tags = WheelTags.Compatible(Ints(item.GetProperty("python_version")), item.OptionalString("interpreter"), item.GetProperty("platforms").Strings());

        Assert.Equal(item.GetProperty("expected").Strings(), tags.Select(t => t.ToString()));
    }

    private static int[] Ints(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetInt32())];
}
