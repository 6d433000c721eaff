using Philly311.Ops.LoadTests.Cli;

namespace Philly311.Ops.LoadTests.Push;

internal sealed record PushBudgetOptions(double FailureRate, TimeSpan Latency, string ReportsDir)
{
    public const string Usage = "push-budget [--failure-rate 0.2] [--latency-ms 50] [--reports DIR]   12 items × 11 languages × 5 channels, self-hosted";

    public static readonly IReadOnlySet<string> Flags = new HashSet<string>();

    public static PushBudgetOptions From(CommandLine line) => new(line.Number("failure-rate", 0.2),
        TimeSpan.FromMilliseconds(line.Number("latency-ms", 50)), line.Text("reports", Hosting.RepoLayout.ReportsFolder));
}
