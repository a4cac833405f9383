namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>The options pip 23.2 accepts in a requirements file.</summary>
internal enum RequirementsOptionKind
{
    IndexUrl,
    ExtraIndexUrl,
    NoIndex,
    Constraint,
    Requirement,
    Editable,
    FindLinks,
    NoBinary,
    OnlyBinary,
    PreferBinary,
    RequireHashes,
    Pre,
    TrustedHost,
    UseFeature,
    GlobalOption,
    Hash,
    ConfigSettings,
}

/// <summary>An option given on a requirements line.</summary>
/// <param name="Kind">Which option.</param>
/// <param name="Name">Its canonical long name, e.g. <c>--index-url</c>.</param>
/// <param name="Value">Its value, or null for a flag.</param>
internal sealed record RequirementsOption(RequirementsOptionKind Kind, string Name, string? Value)
{
    /// <summary>The option as a user would write it: <c>--name=value</c> or <c>--name</c>.</summary>
    public override string ToString() => Value is null ? Name : $"{Name}={Value}";
}
