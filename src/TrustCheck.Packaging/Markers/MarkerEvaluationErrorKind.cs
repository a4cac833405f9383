namespace TrustCheck.Packaging;

/// <summary>Why a marker could not be evaluated.</summary>
public enum MarkerEvaluationErrorKind
{
    /// <summary>The comparison is not defined for these values (e.g. <c>~=</c> on a non-version, a set on the left).</summary>
    UndefinedComparison,

    /// <summary>The marker names a variable the environment does not have.</summary>
    UndefinedEnvironmentName,
}
