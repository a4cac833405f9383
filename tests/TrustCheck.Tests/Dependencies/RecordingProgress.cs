namespace TrustCheck.Tests.Dependencies;

/// <summary>An <see cref="IProgress{T}"/> that records every report synchronously (unlike <see cref="Progress{T}"/>).</summary>
internal sealed class RecordingProgress : IProgress<int>
{
    private readonly List<int> _values = [];

    public IReadOnlyList<int> Values
    {
        get
        {
            lock (_values)
            {
                return [.. _values];
            }
        }
    }

    public void Report(int value)
    {
        lock (_values)
        {
            _values.Add(value);
        }
    }
}
