namespace TrustCheck.Evidence.Simple;

/// <summary>One project's page on a Simple API index.</summary>
public sealed record SimpleProjectPage
{
    /// <summary>The index that served it, credentials redacted.</summary>
    public required string Index { get; init; }

    /// <summary>The project name the index gives (normalized on PyPI).</summary>
    public required string Name { get; init; }

    /// <summary>The representation served.</summary>
    public SimplePageFormat Format { get; init; }

    /// <summary>The <c>meta.api-version</c> (<c>1.0</c> for HTML pages that state none).</summary>
    public string ApiVersion { get; init; } = "1.0";

    /// <summary>The project's journal serial, when the index gives one.</summary>
    public long? LastSerial { get; init; }

    /// <summary>The PEP 792 status.</summary>
    public SimpleProjectStatus Status { get; init; } = SimpleProjectStatus.Active;

    /// <summary>The PEP 700 version list (empty when the index does not give one).</summary>
    public IReadOnlyList<string> Versions { get; init; } = [];

    /// <summary>The files.</summary>
    public IReadOnlyList<SimpleFile> Files { get; init; } = [];
}
