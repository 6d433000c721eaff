using System.Globalization;
using Philly311.Ops.LoadTests.Reports;
using Philly311.Ops.LoadTests.Runs;
using Philly311.Ops.LoadTests.Scenarios;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// "Ingest budgets unchanged during the push": the DESIGN.md ingest budgets judged on the phase with the push (a budget
/// that broke without the push too is still a FAIL, and says so), and the phase's figures as a ratio to the same rate
/// without it. The single-event ceiling (≥ 0.5 × bare) is a capacity figure: a saturating probe would be the load, not the push.
/// </summary>
internal static class IngestVerdicts
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static IReadOnlyList<BudgetVerdict> Evaluate(StepResult without, StepResult with, KneePlan plan) =>
    [
        Ingest(without, with, plan),
        Glass(without, with),
        new("Single-event durable ingest ≥ 0.5 × bare ASP.NET Core POST endpoint",
            "a closed-model capacity probe saturates the machine: it would be the load instead of the blizzard; measured by `ingest-ratio`", Verdict.NotMeasured),
    ];

    /// <summary>The row of the push-budget table: every judged budget holds with the push.</summary>
    public static Verdict Unchanged(IReadOnlyList<BudgetVerdict> verdicts) =>
        verdicts.Any(v => v.Verdict == Verdict.Fail) ? Verdict.Fail
        : verdicts.Any(v => v.Verdict == Verdict.Pass) ? Verdict.Pass : Verdict.NotMeasured;

    public static string Ratio(double with, double without) =>
        without > 0 ? string.Format(C, "{0:F2}×", with / without) : with > 0 ? "∞×" : "1.00×";

    private static BudgetVerdict Ingest(StepResult without, StepResult with, KneePlan plan)
    {
        var name = string.Format(C, "Ingest p99 ≤ {0:F0} ms, errors ≤ {1:P0}, ≥ {2:P0} of offered acknowledged (knee.yaml's reading of the ingest budget)",
            plan.IngestP99Ms, plan.ErrorRate, KneeJudge.MinAckedShare);
        var broken = KneeJudge.Broken(with, plan, glassMeasured: false);
        var before = KneeJudge.Broken(without, plan, glassMeasured: false);
        var figure = string.Format(C, "with the push p50 {0:F1} ms, p99 {1:F1} ms, {2:N0} errors of {3:N0}; without p50 {4:F1} ms, p99 {5:F1} ms, {6:N0} errors of {7:N0}; ratio p50 {8}, p99 {9}",
            with.Ingest.P50, with.Ingest.P99, with.Errors, with.Sent, without.Ingest.P50, without.Ingest.P99, without.Errors, without.Sent,
            Ratio(with.Ingest.P50, without.Ingest.P50), Ratio(with.Ingest.P99, without.Ingest.P99));
        if (broken is not null) figure += "; broken with the push: " + broken + (before is not null ? " (and without it: " + before + ")" : "");
        return new(name, figure, with.Sent == 0 ? Verdict.NotMeasured : broken is null ? Verdict.Pass : Verdict.Fail);
    }

    private static BudgetVerdict Glass(StepResult without, StepResult with)
    {
        const string name = "Event-to-glass p50 ≤ 50 ms and p99 ≤ 250 ms (DESIGN states it at 5,000/s with 1,000 subscribers; judged here at this run's rate and readers)";
        if (with.Glass.Count == 0) return new(name, "no frame reflected an acknowledged event (no glass probe connected)", Verdict.NotMeasured);
        var figure = string.Format(C, "with the push p50 {0:F1} ms, p99 {1:F1} ms, max {2:F0} ms ({3:N0} acks); without p50 {4:F1} ms, p99 {5:F1} ms ({6:N0} acks); ratio p50 {7}, p99 {8}",
            with.Glass.P50, with.Glass.P99, with.Glass.Max, with.Glass.Count, without.Glass.P50, without.Glass.P99, without.Glass.Count,
            Ratio(with.Glass.P50, without.Glass.P50), Ratio(with.Glass.P99, without.Glass.P99));
        var pass = with.Glass.P50 <= Budgets.GlassP50Ms && with.Glass.P99 <= Budgets.GlassP99Ms;
        return new(name, figure, pass ? Verdict.Pass : Verdict.Fail);
    }
}
