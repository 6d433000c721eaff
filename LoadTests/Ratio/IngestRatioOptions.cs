using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Scenarios;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Ratio;

internal sealed record IngestRatioOptions(
    Uri? Target, string ApiKey, int Rounds, TimeSpan During, TimeSpan Warmup, int WrkThreads, int WrkConnections, int Copies, int Connections, string? Out)
{
    public const string Usage =
        "ingest-ratio [--target URL] [--api-key K] [--rounds 2] [--during 10s] [--warmup 3s] [--wrk-threads 2] [--wrk-connections 32] [--copies 32] [--connections 64] [--out DIR]";

    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public static IngestRatioOptions From(CommandLine line)
    {
        if (line.Positionals.Count > 0) throw new UsageException($"Unexpected '{line.Positionals[0]}'.");
        var target = line.Text("target") is { } t ? LoopbackGuard.Require(t, "--target") : null;
        int Count(string name, int fallback, int max)
        {
            var n = (int)line.Number(name, fallback);
            return n >= 1 && n <= max ? n : throw new UsageException($"--{name} must be 1–{max}.");
        }
        TimeSpan Duration(string name, string fallback)
        {
            try
            {
                var d = DurationText.Parse(line.Text(name, fallback), "--" + name);
                return d >= TimeSpan.FromSeconds(1) && d <= TimeSpan.FromMinutes(5) ? TimeSpan.FromSeconds(Math.Round(d.TotalSeconds))
                    : throw new UsageException($"--{name} must be 1 s – 5 min.");
            }
            catch (ScenarioException ex)
            {
                throw new UsageException(ex.Message);
            }
        }
        return new IngestRatioOptions(target, line.Text("api-key", "dev-ingest-key"), Count("rounds", 2, 10), Duration("during", "10s"), Duration("warmup", "3s"),
            Count("wrk-threads", 2, 64), Count("wrk-connections", 32, 1024), Count("copies", 32, 512), Count("connections", 64, 1024), line.Text("out"));
    }
}
