namespace TrustCheck.Evidence.PyPi;

/// <summary>One collaborator of a project.</summary>
/// <param name="Role">The role (<c>Owner</c> or <c>Maintainer</c>).</param>
/// <param name="User">The PyPI user name.</param>
public sealed record PyPiRole(string Role, string User);
