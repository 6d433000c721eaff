using System.Globalization;
using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// <c>circuit-memory</c>: steps of open tabs (0 is always measured first), how long each settles, how many heap readings
/// each gets, and how long to wait after closing for retained circuits to go. Without <c>--target</c> it starts and feeds
/// its own system; with it, the dashboard's pid and a director's sign-in are needed (the heap is read from the pid).
/// </summary>
internal sealed record CircuitMemoryOptions(
    IReadOnlyList<int> Tabs, TimeSpan Settle, int Readings, TimeSpan RetentionWait, bool Wallboard, bool Floor,
    Uri? Target, int? DashboardPid, string User, string Password, string? DisplayToken, string? Out)
{
    public const string Usage =
        "circuit-memory [--tabs 5,10,20,40] [--settle-seconds 15] [--readings 3] [--retention-wait-seconds 200] [--no-wallboard] [--floor] [--out DIR]\n" +
        "                 [--target http://127.0.0.1:5090 --dashboard-pid PID --user NAME --password P [--display-token T]]   server memory per Blazor circuit (budget ≤ 300 KB)";

    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "no-wallboard", "floor" };

    public static CircuitMemoryOptions From(CommandLine line)
    {
        if (line.Positionals.Count > 0) throw new UsageException($"Unexpected '{line.Positionals[0]}'.");
        var tabs = ParseTabs(line.Text("tabs", "5,10,20,40"));
        var settle = line.Number("settle-seconds", 15);
        if (settle is < 1 or > 600) throw new UsageException("--settle-seconds must be 1–600.");
        var readings = (int)line.Number("readings", 3);
        if (readings is < 1 or > 20) throw new UsageException("--readings must be 1–20.");
        var retention = line.Number("retention-wait-seconds", 200);
        if (retention is < 0 or > 3600) throw new UsageException("--retention-wait-seconds must be 0–3600.");
        var target = line.Text("target") is { } url ? LoopbackGuard.Require(url, "--target") : null;
        var wallboard = !line.Has("no-wallboard");
        if (target is not null)
        {
            if (line.Pid("dashboard-pid") is null) throw new UsageException("--target needs --dashboard-pid: the heap is read from that process.");
            if (line.Text("user") is null || line.Text("password") is null) throw new UsageException("--target needs --user and --password of a director.");
            if (wallboard && line.Text("display-token") is null) throw new UsageException("--target needs --display-token for the wallboard series (or --no-wallboard).");
        }
        return new CircuitMemoryOptions(tabs, TimeSpan.FromSeconds(settle), readings, TimeSpan.FromSeconds(retention), wallboard, line.Has("floor"),
            target, line.Pid("dashboard-pid"), line.Text("user", ""), line.Text("password", ""), line.Text("display-token"), line.Text("out"));
    }

    internal static IReadOnlyList<int> ParseTabs(string text)
    {
        var tabs = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 500)
                throw new UsageException($"--tabs '{part}' is not a count of tabs from 1 to 500.");
            if (tabs.Count > 0 && n <= tabs[^1]) throw new UsageException("--tabs must rise step by step (tabs stay open from one step to the next).");
            tabs.Add(n);
        }
        if (tabs.Count < CircuitBudget.MinSteps) throw new UsageException($"--tabs needs at least {CircuitBudget.MinSteps} steps for a slope.");
        return tabs;
    }
}
