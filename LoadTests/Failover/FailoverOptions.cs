using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Scenarios;

namespace Philly311.Ops.LoadTests.Failover;

internal sealed record FailoverOptions(int Subscribers, double Rate, TimeSpan Before, TimeSpan After, bool Reconnect, string Group, string? Out)
{
    public const string Usage = "dashboard-failover [--subscribers 250] [--rate 500] [--before 10s] [--after 15s] [--group city] [--no-reconnect] [--out DIR]";

    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "no-reconnect" };

    public static FailoverOptions From(CommandLine line)
    {
        if (line.Positionals.Count > 0) throw new UsageException($"Unexpected '{line.Positionals[0]}'.");
        var subscribers = (int)line.Number("subscribers", 250);
        if (subscribers is < 1 or > 2_500) throw new UsageException("--subscribers (per dashboard) must be 1–2500.");
        var rate = line.Number("rate", 500);
        if (rate is < 0 or > 20_000) throw new UsageException("--rate must be 0–20000 per second.");
        TimeSpan Duration(string name, string fallback)
        {
            try
            {
                var d = DurationText.Parse(line.Text(name, fallback), "--" + name);
                return d >= TimeSpan.FromSeconds(2) && d <= TimeSpan.FromMinutes(5) ? d : throw new UsageException($"--{name} must be 2 s – 5 min.");
            }
            catch (ScenarioException ex)
            {
                throw new UsageException(ex.Message);
            }
        }
        var group = line.Text("group", "city");
        if (!Contracts.Hub.OpsGroups.IsValid(group)) throw new UsageException($"--group '{group}' is not a hub group.");
        return new FailoverOptions(subscribers, rate, Duration("before", "10s"), Duration("after", "15s"), !line.Has("no-reconnect"), group, line.Text("out"));
    }
}
