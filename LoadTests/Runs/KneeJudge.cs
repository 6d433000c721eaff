using System.Globalization;
using Philly311.Ops.LoadTests.Scenarios;

namespace Philly311.Ops.LoadTests.Runs;

/// <summary>Whether one knee step held the budget; the reason names the first figure that broke it.</summary>
internal static class KneeJudge
{
    /// <summary>Below this share of the offered rate acknowledged, the target is falling behind.</summary>
    public const double MinAckedShare = 0.9;

    public static string? Broken(StepResult step, KneePlan plan, bool glassMeasured)
    {
        var c = CultureInfo.InvariantCulture;
        if (step.ErrorRate > plan.ErrorRate) return string.Format(c, "error rate {0:P1} > {1:P1}", step.ErrorRate, plan.ErrorRate);
        if (step.Ingest.P99 > plan.IngestP99Ms) return string.Format(c, "ingest p99 {0:F0} ms > {1:F0} ms", step.Ingest.P99, plan.IngestP99Ms);
        if (glassMeasured && step.Glass.Count > 0 && step.Glass.P99 > plan.GlassP99Ms)
            return string.Format(c, "event-to-glass p99 {0:F0} ms > {1:F0} ms", step.Glass.P99, plan.GlassP99Ms);
        if (step.OfferedPerSecond > 0 && step.AckedPerSecond < MinAckedShare * step.OfferedPerSecond)
            return string.Format(c, "acknowledged {0:F0}/s < {1:P0} of offered {2:F0}/s", step.AckedPerSecond, MinAckedShare, step.OfferedPerSecond);
        return null;
    }
}
