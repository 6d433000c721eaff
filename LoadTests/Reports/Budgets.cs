using System.Globalization;
using Philly311.Ops.LoadTests.Runs;

namespace Philly311.Ops.LoadTests.Reports;

/// <summary>The DESIGN.md performance budgets, judged on a run. A budget stated at a load the run did not reach is "not reached", never "pass".</summary>
internal static class Budgets
{
    public const double IngestRatio = 0.5;
    public const double GlassP50Ms = 50;
    public const double GlassP99Ms = 250;
    public const double HotFigurePerSecond = 20;
    public const double FailoverGapSeconds = 1.5;
    public const double GlassRate = 5_000;
    public const double QueueGlassP99Ms = 250;
    public const string QueueGlassName = "Queue frames to screens p99 ≤ 250 ms (contact ack → QueueFrame at a hub subscriber), blizzard at the knee rate";

    /// <summary>A step offered "at" a rate when within 1% of it: the injector issues on schedule, and a step's measured rate ends a hair short (4,997/s for 5,000/s).</summary>
    public const double AtLoad = 0.99;
    public const int GlassSubscribers = 1_000;
    public const double BulkPerSecond = 50_000;
    public const double SiloMiB = 1_536;
    public const long SiloRequests = 1_000_000;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static IReadOnlyList<BudgetVerdict> Evaluate(RunResult run) =>
    [
        Ingest(run),
        Glass(run),
        QueueGlass(run),
        HotFigure(run),
        Bulk(run),
        Memory(run),
        new("After kill -9 of one silo of three under load: no acknowledged event lost, dashboard correct within 30 s",
            "not exercised by this tool (see tests/EndToEnd.Tests CrashTests)", Verdict.NotMeasured),
        new(FailoverName, "not in this scenario: run `dashboard-failover`", Verdict.NotMeasured),
    ];

    public const string FailoverName = "kill -9 of the dashboard a hub client is NOT connected to: its longest gap between frames ≤ 1.5 s";

    private static BudgetVerdict Ingest(RunResult run)
    {
        const string name = "Single-event durable ingest ≥ 0.5 × bare ASP.NET Core POST endpoint";
        if (run.Bare is not { PerSecond: > 0 } bare || run.SiloSingle is not { } silo) return new(name, "no baseline in this scenario", Verdict.NotMeasured);
        var ratio = silo.PerSecond / bare.PerSecond;
        return new(name, string.Format(C, "{0:F2}× ({1:N0}/s vs bare {2:N0}/s)", ratio, silo.PerSecond, bare.PerSecond),
            ratio >= IngestRatio ? Verdict.Pass : Verdict.Fail);
    }

    /// <summary>
    /// Judged at the lowest offered rate ≥ 5,000/s with ≥ 1,000 readers (the stated load; a knee's faster steps are past
    /// the budget's load and show in the steps table). Both percentiles must hold at every step of that rate.
    /// </summary>
    private static BudgetVerdict Glass(RunResult run)
    {
        const string name = "Event-to-glass p50 ≤ 50 ms and p99 ≤ 250 ms at 5,000 events/s with 1,000 subscribers";
        if (run.Glass.Count == 0) return new(name, "no frame reflected an acknowledged event" + (run.Readers.Unavailable is { } why ? $" ({why})" : ""), Verdict.NotMeasured);
        var atLoad = run.Steps.Where(s => s.OfferedPerSecond >= GlassRate * AtLoad && s.Readers >= GlassSubscribers && s.Glass.Count > 0).ToList();
        if (atLoad.Count > 0)
        {
            var rate = atLoad.Min(s => s.OfferedPerSecond);
            var judged = atLoad.Where(s => s.OfferedPerSecond <= rate / AtLoad).ToList();
            var worst = judged.MaxBy(s => Math.Max(s.Glass.P50 / GlassP50Ms, s.Glass.P99 / GlassP99Ms))!;
            var pass = judged.All(s => s.Glass.P50 <= GlassP50Ms && s.Glass.P99 <= GlassP99Ms);
            return new(name, string.Format(C, "p50 {0:F0} ms, p99 {1:F0} ms, max {2:F0} ms (step '{3}', {4:N0}/s offered, {5:N0} readers)",
                worst.Glass.P50, worst.Glass.P99, worst.Glass.Max, worst.Name, worst.OfferedPerSecond, worst.Readers), pass ? Verdict.Pass : Verdict.Fail);
        }
        var maxRate = run.Steps.Count == 0 ? 0 : run.Steps.Max(s => s.OfferedPerSecond);
        return new(name, string.Format(C, "p50 {0:F0} ms, p99 {1:F0} ms over the run, at up to {2:N0}/s with up to {3:N0} readers", run.Glass.P50, run.Glass.P99, maxRate, run.Readers.PeakConnected),
            Verdict.NotReached);
    }

    /// <summary>
    /// Judged at the steps offering the scenario's <c>knee_rate</c> or more (blizzard-knee: the blizzard mix, contacts and
    /// requests together, at the knee the knee scenario found); every such step's p99 must hold. A scenario without a
    /// knee rate shows the run's figure as NOT REACHED: its rates say nothing about the knee.
    /// </summary>
    private static BudgetVerdict QueueGlass(RunResult run)
    {
        if (run.QueueGlass is not { Count: > 0 } total)
        {
            var why = run.QueueProbes == 0 ? "no queue probe (the scenario sends no contacts, or no dashboard)" : "no QueueFrame reflected an acknowledged contact";
            return new(QueueGlassName, why, Verdict.NotMeasured);
        }
        var knee = run.Scenario.KneeRate;
        var atLoad = knee is { } k
            ? run.Steps.Where(s => s.OfferedPerSecond >= k * AtLoad && s.QueueGlass is { Count: > 0 }).ToList()
            : [];
        if (atLoad.Count == 0)
        {
            return new(QueueGlassName, string.Format(C, "p50 {0:F0} ms, p99 {1:F0} ms, max {2:F0} ms over the run ({3})", total.P50, total.P99, total.Max,
                knee is { } rate ? $"no step offered the knee rate {rate:N0}/s" : "the scenario names no knee_rate"), Verdict.NotReached);
        }
        var worst = atLoad.MaxBy(s => s.QueueGlass!.P99)!;
        var q = worst.QueueGlass!;
        return new(QueueGlassName, string.Format(C,
                "p50 {0:F0} ms, p99 {1:F0} ms, max {2:F0} ms, {3:N0} samples (step '{4}', {5:N0}/s offered incl. {6:N0} contacts/s, knee rate {7:N0}/s, {8:N0} readers + {9} queue probes)",
                q.P50, q.P99, q.Max, q.Count, worst.Name, worst.OfferedPerSecond, worst.ContactsPerSecond, knee, worst.Readers, run.QueueProbes),
            atLoad.All(s => s.QueueGlass!.P99 <= QueueGlassP99Ms) ? Verdict.Pass : Verdict.Fail);
    }

    /// <summary>Judged on every step offering ≥ 5,000/s, on each sampled silo: the hottest figure's highest calls a second over one sampling interval.</summary>
    private static BudgetVerdict HotFigure(RunResult run)
    {
        const string name = "Grain calls to the hottest figure ≤ 20 per second per silo at 5,000 events/s";
        if (run.FigureCalls is not { } calls) return new(name, "figure calls not sampled by this run", Verdict.NotMeasured);
        if (calls.Steps.Count == 0)
            return new(name, calls.Unavailable is { } why ? "not readable: " + why : "fewer than two samples in every step", Verdict.NotMeasured);
        var atLoad = calls.Steps.Where(s => s.OfferedPerSecond >= GlassRate * AtLoad).ToList();
        var worst = (atLoad.Count > 0 ? atLoad : calls.Steps).MaxBy(s => s.Hottest.MaxPerSecond)!;
        var figure = string.Format(C, "`{0}`: max {1:F1}/s, mean {2:F1}/s on silo {3} (step '{4}', {5:N0}/s offered)",
            worst.Hottest.Figure, worst.Hottest.MaxPerSecond, worst.Hottest.MeanPerSecond, worst.Silo, worst.Step, worst.OfferedPerSecond);
        if (atLoad.Count == 0) return new(name, figure, Verdict.NotReached);
        return new(name, figure, worst.Hottest.MaxPerSecond <= HotFigurePerSecond ? Verdict.Pass : Verdict.Fail);
    }

    private static BudgetVerdict Bulk(RunResult run)
    {
        const string name = "Bulk replay ≥ 50,000 events/s";
        if (run.BulkCapacity is not { } bulk) return new(name, "no bulk_probe in this scenario", Verdict.NotMeasured);
        return new(name, string.Format(C, "{0:N0} events/s ({1:N0} acknowledged in {2:F2} s)", bulk.PerSecond, bulk.Acknowledged, bulk.Seconds),
            bulk.PerSecond >= BulkPerSecond ? Verdict.Pass : Verdict.Fail);
    }

    private static BudgetVerdict Memory(RunResult run)
    {
        const string name = "Silo memory ≤ 1.5 GiB after 1,000,000 service requests";
        if (!run.PeakRssMiB.TryGetValue("silo", out var peak)) return new(name, "silo process not measured (give --silo-pid, or let the tool start the system)", Verdict.NotMeasured);
        var requests = run.CityAfter ?? 0;
        var figure = string.Format(C, "peak RSS {0:N0} MiB with {1:N0} requests in the system", peak, requests);
        if (requests < SiloRequests) return new(name, figure, Verdict.NotReached);
        return new(name, figure, peak <= SiloMiB ? Verdict.Pass : Verdict.Fail);
    }
}
