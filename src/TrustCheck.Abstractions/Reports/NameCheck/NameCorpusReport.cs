namespace TrustCheck.Reports.NameCheck;

/// <summary>The corpus names were checked against.</summary>
/// <param name="Names">How many names it indexes (popular, trusted and built-in impersonated names).</param>
/// <param name="LastUpdate">When the popular list was made, as the list says.</param>
public sealed record NameCorpusReport(int Names, string? LastUpdate);
