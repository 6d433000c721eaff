using Philly311.Ops.LoadTests.Cli;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// The push budget's knobs. <see cref="Rate"/>/s of the <see cref="Scenario"/>'s mix is injected for <see cref="Baseline"/>
/// without the push, then again for as long as the push runs; 340/s is the blizzard's peak (its 6 am spike), held throughout.
/// </summary>
internal sealed record PushBudgetOptions(double FailureRate, TimeSpan Latency, string ReportsDir, double Rate, TimeSpan Baseline, TimeSpan Warmup, string Scenario)
{
    public const string Usage = "push-budget [--failure-rate 0.2] [--latency-ms 50] [--rate 340] [--baseline-s 30] [--warmup-s 10] [--scenario blizzard] [--reports DIR]   12 items × 11 languages × 5 channels beside a blizzard's ingest, self-hosted";

    public static readonly IReadOnlySet<string> Flags = new HashSet<string>();

    public static PushBudgetOptions From(CommandLine line)
    {
        var rate = line.Number("rate", 340);
        if (rate is < 0 or > 20_000) throw new UsageException("--rate must be 0–20000 events/s (0: no ingest beside the push).");
        var failures = line.Number("failure-rate", 0.2);
        if (failures is < 0 or > 1) throw new UsageException("--failure-rate must be between 0 and 1.");
        var baseline = line.Number("baseline-s", 30);
        var warmup = line.Number("warmup-s", 10);
        if (baseline is < 1 or > 600 || warmup is < 0 or > 600) throw new UsageException("--baseline-s must be 1–600 and --warmup-s 0–600.");
        return new(failures, TimeSpan.FromMilliseconds(line.Number("latency-ms", 50)), line.Text("reports", Hosting.RepoLayout.ReportsFolder),
            rate, TimeSpan.FromSeconds(baseline), TimeSpan.FromSeconds(warmup), line.Text("scenario", "blizzard"));
    }
}
