namespace TrustCheck.Dependencies.Backtracking;

/// <summary>
/// pip's order for choosing the next identifier to pin (lowest first): Requires-Python, then "direct", pinned (<c>==</c>),
/// a cause of the last backtrack, nearer to what was asked for, asked for earlier, constrained at all, then by name.
/// </summary>
internal readonly record struct Preference(bool NotRequiresPython, bool NotDirect, bool NotPinned, bool NotBacktrackCause, double Depth, double RequestedOrder, bool Free, string Identifier)
    : IComparable<Preference>
{
    public int CompareTo(Preference other)
    {
        var order = NotRequiresPython.CompareTo(other.NotRequiresPython);
        order = order != 0 ? order : NotDirect.CompareTo(other.NotDirect);
        order = order != 0 ? order : NotPinned.CompareTo(other.NotPinned);
        order = order != 0 ? order : NotBacktrackCause.CompareTo(other.NotBacktrackCause);
        order = order != 0 ? order : Depth.CompareTo(other.Depth);
        order = order != 0 ? order : RequestedOrder.CompareTo(other.RequestedOrder);
        order = order != 0 ? order : Free.CompareTo(other.Free);
        return order != 0 ? order : string.CompareOrdinal(Identifier, other.Identifier);
    }
}
