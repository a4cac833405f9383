using TrustCheck.Engine.Reporting;
using TrustCheck.Engine.Signals;
using TrustCheck.Findings;

namespace TrustCheck.Engine.Planning;

/// <summary>The engine finding a resolution problem becomes, on the release it concerns.</summary>
internal static class PlanProblemFinding
{
    public static Finding For(PlanProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Kind switch
        {
            PlanProblemKind.NoSolution => ReportBuilder.Finding(
                EngineCodes.NoSolution,
                Severity.Medium,
                problem.Reason,
                new Dictionary<string, string>
                {
                    ["requirement"] = problem.Requirement,
                    ["causes"] = string.Join("\n", problem.Causes ?? []),
                },
                "pip cannot install this release with its dependencies on the target: what would be installed is unknown, so the dependencies are not inspected. Loosen or fix the clashing requirements."),
            PlanProblemKind.TooDeep => ReportBuilder.Finding(
                EngineCodes.ResolutionTooDeep,
                Severity.Medium,
                problem.Reason,
                new Dictionary<string, string> { ["requirement"] = problem.Requirement },
                "The dependency graph could not be resolved within the step budget; pin the dependencies (a lockfile) and inspect those."),
            _ => ReportBuilder.Finding(
                EngineCodes.UnresolvedDependency,
                Severity.Medium,
                $"The requirement '{problem.Requirement}' could not be resolved: {problem.Reason}",
                new Dictionary<string, string> { ["requirement"] = problem.Requirement, ["reason"] = problem.Reason },
                "Check the requirement against the index; an unresolvable dependency cannot be inspected."),
        };
    }
}
