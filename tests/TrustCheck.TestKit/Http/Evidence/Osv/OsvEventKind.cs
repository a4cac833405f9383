namespace TrustCheck.TestKit.Http.Evidence.Osv;

/// <summary>The kinds of event in an OSV range.</summary>
internal enum OsvEventKind
{
    Introduced,
    Fixed,
    LastAffected,
    Limit,
}
