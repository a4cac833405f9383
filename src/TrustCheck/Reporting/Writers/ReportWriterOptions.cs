namespace TrustCheck.Reporting.Writers;

/// <summary>How a human-readable report is presented; machine formats ignore these.</summary>
public sealed record ReportWriterOptions
{
    /// <summary>The defaults: no colour, 120 columns.</summary>
    public static ReportWriterOptions Default { get; } = new();

    /// <summary>Use ANSI colour (only when the output is a terminal that wants it).</summary>
    public bool Colour { get; init; }

    /// <summary>The width tables are laid out for.</summary>
    public int Width { get; init; } = 120;
}
