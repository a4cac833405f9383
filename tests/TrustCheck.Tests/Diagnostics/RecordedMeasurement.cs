namespace TrustCheck.Tests.Diagnostics;

/// <summary>One measurement on a TrustCheck instrument.</summary>
internal sealed record RecordedMeasurement(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public object? Tag(string name) => Tags.GetValueOrDefault(name);
}
