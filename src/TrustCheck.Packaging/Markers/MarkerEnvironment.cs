namespace TrustCheck.Packaging;

/// <summary>
/// The values marker variables take for one target: <c>python_version</c>, <c>sys_platform</c>, … and the
/// set-valued <c>extras</c> and <c>dependency_groups</c>. Immutable; <see cref="With(string, string?)"/> returns a copy.
/// </summary>
public sealed class MarkerEnvironment
{
    private readonly Dictionary<string, string> _values;
    private readonly Dictionary<string, IReadOnlySet<string>> _sets;

    /// <summary>Creates an environment from explicit values; a variable not given is undefined.</summary>
    /// <param name="values">String-valued variables (a null value for <c>extra</c> means none).</param>
    /// <param name="sets">Set-valued variables (<c>extras</c>, <c>dependency_groups</c>).</param>
    public MarkerEnvironment(IEnumerable<KeyValuePair<string, string?>> values, IEnumerable<KeyValuePair<string, IEnumerable<string>>>? sets = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values.ToDictionary(p => p.Key, p => p.Value ?? string.Empty, StringComparer.Ordinal);
        _sets = (sets ?? []).ToDictionary(p => p.Key, p => (IReadOnlySet<string>)new HashSet<string>(p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The environment CPython X.Y reports on a platform; see <see cref="ForCPython"/>.</summary>
    /// <param name="pythonVersion">"3.12" or "3.12.4".</param>
    /// <param name="platform"><c>linux</c>, <c>win32</c> or <c>darwin</c>.</param>
    /// <param name="machine">The machine, e.g. <c>x86_64</c>.</param>
    public MarkerEnvironment(string pythonVersion, string platform, string machine)
    {
        var target = ForCPython(pythonVersion, platform, machine);
        _values = target._values;
        _sets = target._sets;
    }

    private MarkerEnvironment(Dictionary<string, string> values, Dictionary<string, IReadOnlySet<string>> sets)
    {
        _values = values;
        _sets = sets;
    }

    /// <summary>CPython 3.12 on Linux x86_64.</summary>
    public static MarkerEnvironment Default { get; } = ForCPython("3.12", "linux", "x86_64");

    /// <summary>The string-valued variables.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The set-valued variables.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Sets => _sets;

    /// <summary>
    /// The environment CPython reports on a platform: <c>python_version</c> X.Y, <c>python_full_version</c> (X.Y.0
    /// unless a full version is given), <c>implementation_name</c> cpython, <c>platform_python_implementation</c>
    /// CPython, and for <paramref name="platform"/> <c>linux</c>/<c>win32</c>/<c>darwin</c> the matching
    /// <c>sys_platform</c>, <c>platform_system</c> (Linux/Windows/Darwin) and <c>os_name</c> (posix/nt).
    /// <c>platform_release</c> and <c>platform_version</c> are empty (unknown for a target that is not this machine).
    /// </summary>
    /// <param name="pythonVersion">"3.12" or "3.12.4".</param>
    /// <param name="platform"><c>linux</c>, <c>win32</c> or <c>darwin</c>.</param>
    /// <param name="machine">The machine, e.g. <c>x86_64</c>, <c>aarch64</c>, <c>AMD64</c>, <c>arm64</c>.</param>
    /// <exception cref="ArgumentException">The version is not X.Y or X.Y.Z, or the platform is unknown.</exception>
    public static MarkerEnvironment ForCPython(string pythonVersion, string platform, string machine)
    {
        ArgumentNullException.ThrowIfNull(pythonVersion);
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(machine);
        var parts = pythonVersion.Split('.');
        if (parts.Length is not (2 or 3) || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException($"'{pythonVersion}' is not a Python version like 3.12 or 3.12.4.", nameof(pythonVersion));
        }

        var (system, osName) = platform switch
        {
            "linux" => ("Linux", "posix"),
            "win32" => ("Windows", "nt"),
            "darwin" => ("Darwin", "posix"),
            _ => throw new ArgumentException($"'{platform}' is not one of linux, win32, darwin.", nameof(platform)),
        };
        var full = parts.Length == 3 ? pythonVersion : pythonVersion + ".0";
        return new MarkerEnvironment(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["implementation_name"] = "cpython",
            ["implementation_version"] = full,
            ["os_name"] = osName,
            ["platform_machine"] = machine,
            ["platform_release"] = string.Empty,
            ["platform_system"] = system,
            ["platform_version"] = string.Empty,
            ["python_full_version"] = full,
            ["platform_python_implementation"] = "CPython",
            ["python_version"] = $"{parts[0]}.{parts[1]}",
            ["sys_platform"] = platform,
        });
    }

    /// <summary>A copy with a string variable set (or removed, when null).</summary>
    /// <param name="name">The variable.</param>
    /// <param name="value">Its value, or null to remove it.</param>
    public MarkerEnvironment With(string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var values = new Dictionary<string, string>(_values, StringComparer.Ordinal);
        if (value is null)
        {
            values.Remove(name);
        }
        else
        {
            values[name] = value;
        }

        return new MarkerEnvironment(values, _sets);
    }

    /// <summary>A copy with a set-valued variable set.</summary>
    /// <param name="name"><c>extras</c> or <c>dependency_groups</c>.</param>
    /// <param name="values">The members.</param>
    public MarkerEnvironment WithSet(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        var sets = new Dictionary<string, IReadOnlySet<string>>(_sets, StringComparer.Ordinal) { [name] = new HashSet<string>(values, StringComparer.Ordinal) };
        return new MarkerEnvironment(_values, sets);
    }

    /// <summary>The environment a context sees: its default variables added, <c>extra</c> normalized, and a
    /// trailing <c>+</c> on <c>python_full_version</c> (untagged builds) made PEP 440.</summary>
    internal MarkerEnvironment ForContext(MarkerContext context)
    {
        var values = new Dictionary<string, string>(_values, StringComparer.Ordinal);
        var sets = new Dictionary<string, IReadOnlySet<string>>(_sets, StringComparer.Ordinal);
        if (context == MarkerContext.LockFile)
        {
            sets.TryAdd("extras", new HashSet<string>());
            sets.TryAdd("dependency_groups", new HashSet<string>());
        }
        else if (context == MarkerContext.Metadata)
        {
            values.TryAdd("extra", string.Empty);
        }

        if (values.TryGetValue("extra", out var extra))
        {
            values["extra"] = extra.Length == 0 ? string.Empty : PackageName.Normalize(extra);
        }

        if (values.TryGetValue("python_full_version", out var full) && full.EndsWith('+'))
        {
            values["python_full_version"] = full + "local";
        }

        return new MarkerEnvironment(values, sets);
    }
}
