using Philly311.Ops.LoadTests.ContactCenter;
using Philly311.Ops.LoadTests.Injection;

namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>
/// A validated scenario, already multiplied by --scale; <see cref="ContactCenter"/> is its contact side (the simulator's surge).
/// <see cref="KneeRate"/>: the knee rate (from a knee report) the scenario's steps are run at, for the budgets judged
/// "at the knee rate"; never scaled, it is the machine's, not the scenario's.
/// </summary>
internal sealed record Scenario(
    string Name,
    string Description,
    string Grounding,
    double Scale,
    IReadOnlyList<ScenarioStep> Steps,
    int BulkSize,
    BaselinePlan? Baseline,
    BulkProbePlan? BulkProbe,
    KneePlan? Knee,
    OptionalEndpoints Endpoints,
    ContactSurge? ContactCenter = null,
    double? KneeRate = null)
{
    public TimeSpan Duration => Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Curve.Duration);

    public bool Uses(TrafficKind kind) => Steps.Any(s => s.Mix.Any(m => m.Kind == kind && m.Weight > 0));
}
