namespace TrustCheck.Dependencies;

/// <summary>Why a declared requirement could not be followed.</summary>
internal enum UnresolvableReason
{
    /// <summary>The requirement is not valid PEP 508 (nor the legacy parenthesized form).</summary>
    InvalidRequirement,

    /// <summary>Its environment marker cannot be evaluated in the target environment (an undefined comparison).</summary>
    MarkerNotEvaluable,

    /// <summary>It names a direct URL (<c>pkg @ https://…</c>), which the index cannot resolve.</summary>
    DirectReference,
}
