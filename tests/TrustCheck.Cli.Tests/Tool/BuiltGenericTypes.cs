using System.Diagnostics.Tracing;
using System.Text.RegularExpressions;

namespace TrustCheck.Cli.Tests.Tool;

/// <summary>
/// Records the closed generic types the dependency-injection container builds while it is listening (the container's
/// own <c>CallSiteBuilt</c> events name every service, implementation and item type of each call site), in the form
/// a Native AOT runtime-directives file names them: <c>Definition`1[[Argument,Assembly]]</c>, with the assembly
/// that defines the generic type.
/// </summary>
internal sealed partial class BuiltGenericTypes : EventListener
{
    private const string DependencyInjectionEvents = "Microsoft-Extensions-DependencyInjection";
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>The generic types seen, as (defining assembly, directive type name), sorted.</summary>
    public SortedSet<(string Assembly, string Type)> Directives()
    {
        string[] names;
        lock (_names)
        {
            names = [.. _names];
        }

        var directives = new SortedSet<(string, string)>();
        foreach (var name in names.Where(n => n.Contains('`', StringComparison.Ordinal)))
        {
            var type = Resolve(name) ?? throw new InvalidOperationException($"The container built '{name}', which no loaded assembly defines.");
            directives.Add((type.Assembly.GetName().Name!, DirectiveName(type)));
        }

        return directives;
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == DependencyInjectionEvents)
        {
            EnableEvents(eventSource, EventLevel.Verbose, EventKeywords.All);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData is not { EventName: "CallSiteBuilt", Payload: [string service, string callSite, ..] })
        {
            return;
        }

        lock (_names)
        {
            _names.Add(service);
            foreach (Match type in CallSiteType().Matches(callSite))
            {
                _names.Add(type.Groups[1].Value);
            }
        }
    }

    private static string DirectiveName(Type type) => type.IsGenericType
        ? $"{type.GetGenericTypeDefinition().FullName}[{string.Join(',', type.GetGenericArguments().Select(a => $"[{DirectiveName(a)},{a.Assembly.GetName().Name}]"))}]"
        : type.FullName!;

    // A reflection name as the events print it: Definition`1[Argument] or Definition`2[A,B], arguments nested alike.
    private static Type? Resolve(string name)
    {
        var open = name.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return Find(name);
        }

        var arguments = SplitArguments(name[(open + 1)..^1]).Select(Resolve).ToArray();
        return Find(name[..open]) is { } definition && arguments.All(a => a is not null) ? definition.MakeGenericType(arguments!) : null;
    }

    private static List<string> SplitArguments(string list)
    {
        var parts = new List<string>();
        var (depth, start) = (0, 0);
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '[': depth++; break;
                case ']': depth--; break;
                case ',' when depth == 0:
                    parts.Add(list[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        parts.Add(list[start..].Trim());
        return parts;
    }

    private static Type? Find(string name) => AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name)).FirstOrDefault(t => t is not null);

    [GeneratedRegex("\"(?:serviceType|implementationType|itemType)\": *\"([^\"]*)\"")]
    private static partial Regex CallSiteType();
}
