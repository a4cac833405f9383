namespace TrustCheck.Packaging.Tests.Generators;

/// <summary>A generated version: its parts, its canonical PEP 440 text, and another valid spelling of it.</summary>
public sealed record VersionSpelling(
    long Epoch,
    long[] Release,
    PreRelease? Pre,
    long? Post,
    long? Dev,
    string? Local,
    string Canonical,
    string Variant)
{
    public PythonVersion FromParts() => PythonVersion.FromParts(Release, Epoch, Pre, Post, Dev, Local);

    public override string ToString() => $"{Canonical} (spelled '{Variant}')";
}
