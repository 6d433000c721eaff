using System.Globalization;
using Philly311.Ops.LoadTests.Runs;

namespace Philly311.Ops.LoadTests.Reports;

/// <summary>The DESIGN.md performance budgets, judged on a run. A budget stated at a load the run did not reach is "not reached", never "pass".</summary>
internal static class Budgets
{
    public const double IngestRatio = 0.5;
    public const double GlassP99Ms = 500;
    public const double GlassRate = 5_000;
    public const int GlassSubscribers = 1_000;
    public const double BulkPerSecond = 50_000;
    public const double SiloMiB = 1_536;
    public const long SiloRequests = 1_000_000;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static IReadOnlyList<BudgetVerdict> Evaluate(RunResult run) =>
    [
        Ingest(run),
        Glass(run),
        Bulk(run),
        Memory(run),
        new("After kill -9 of one silo of three under load: no acknowledged event lost, dashboard correct within 30 s",
            "not exercised by this tool (see tests/EndToEnd.Tests CrashTests)", Verdict.NotMeasured),
    ];

    private static BudgetVerdict Ingest(RunResult run)
    {
        const string name = "Single-event durable ingest ≥ 0.5 × bare ASP.NET Core POST endpoint";
        if (run.Bare is not { PerSecond: > 0 } bare || run.SiloSingle is not { } silo) return new(name, "no baseline in this scenario", Verdict.NotMeasured);
        var ratio = silo.PerSecond / bare.PerSecond;
        return new(name, string.Format(C, "{0:F2}× ({1:N0}/s vs bare {2:N0}/s)", ratio, silo.PerSecond, bare.PerSecond),
            ratio >= IngestRatio ? Verdict.Pass : Verdict.Fail);
    }

    private static BudgetVerdict Glass(RunResult run)
    {
        const string name = "Event-to-glass p99 ≤ 500 ms at 5,000 events/s with 1,000 subscribers";
        if (run.Glass.Count == 0) return new(name, "no frame reflected an acknowledged event" + (run.Readers.Unavailable is { } why ? $" ({why})" : ""), Verdict.NotMeasured);
        var atLoad = run.Steps.Where(s => s.OfferedPerSecond >= GlassRate && s.Readers >= GlassSubscribers && s.Glass.Count > 0).ToList();
        if (atLoad.Count > 0)
        {
            var worst = atLoad.MaxBy(s => s.Glass.P99)!;
            return new(name, string.Format(C, "p99 {0:F0} ms (step '{1}', {2:N0}/s offered, {3:N0} readers)", worst.Glass.P99, worst.Name, worst.OfferedPerSecond, worst.Readers),
                worst.Glass.P99 <= GlassP99Ms ? Verdict.Pass : Verdict.Fail);
        }
        var maxRate = run.Steps.Count == 0 ? 0 : run.Steps.Max(s => s.OfferedPerSecond);
        return new(name, string.Format(C, "p99 {0:F0} ms over the run, at up to {1:N0}/s with up to {2:N0} readers", run.Glass.P99, maxRate, run.Readers.PeakConnected),
            Verdict.NotReached);
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
