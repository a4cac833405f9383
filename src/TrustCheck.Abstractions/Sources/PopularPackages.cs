namespace TrustCheck.Sources;

/// <summary>The popular-projects corpus (top PyPI packages), most downloaded first.</summary>
/// <param name="Packages">The projects, most downloaded first.</param>
/// <param name="LastUpdate">When the list was made, as the list says.</param>
public sealed record PopularPackages(IReadOnlyList<PopularPackage> Packages, string? LastUpdate);
