namespace TrustCheck.Policies;

/// <summary>Finds a policy by name: registered policies first, then the built-in profiles.</summary>
internal sealed class PolicyCatalog(IEnumerable<IPolicy> registered)
{
    private readonly Dictionary<string, IPolicy> _registered = registered
        .GroupBy(p => p.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public IPolicy Get(string? name)
    {
        name ??= "default";
        if (_registered.TryGetValue(name, out var policy))
        {
            return policy;
        }

        return BuiltInPolicies.TryGet(name, out var rules)
            ? new RulesPolicy(name, rules)
            : throw new ArgumentException($"No policy is named '{name}'. Built-in: {string.Join(", ", BuiltInPolicies.Names)}; registered: {(_registered.Count == 0 ? "none" : string.Join(", ", _registered.Keys))}.", nameof(name));
    }
}
