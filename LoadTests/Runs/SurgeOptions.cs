using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Readers;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Runs;

internal sealed record SurgeOptions(
    string Scenario, Uri? Target, Uri? Dashboard, string ApiKey, double Scale, int? SiloPid, int? DashboardPid,
    string? Out, int Connections, int MaxInFlight, IReadOnlyList<Uri>? Silos = null, IReadOnlyList<string>? SiloSettings = null,
    DashboardAccess? DashboardAccess = null)
{
    public const string Usage =
        "<scenario> [--target URL] [--dashboard URL] [--api-key K] [--scale x] [--silo-pid P] [--dashboard-pid P] [--out DIR] [--connections 64] [--max-in-flight 20000] [--silos URL,URL] [--silo-setting Key=Value,…] [--hub-key K] [--display-token T]";

    /// <summary>--hub-key and --display-token for a given --dashboard; run.sh's development ones by default.</summary>
    public DashboardAccess Access => DashboardAccess ?? new(Readers.DashboardAccess.DevelopmentHubKey, Readers.DashboardAccess.DevelopmentDisplayToken);

    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>--silos: every silo whose figure calls are sampled (default: the target, or the silo the tool starts).</summary>
    private static IReadOnlyList<Uri>? SilosOf(CommandLine line) =>
        line.Text("silos") is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => LoopbackGuard.Require(u, "--silos")).ToList()
            : null;

    /// <summary>
    /// --silo-setting: configuration for the silo the tool starts (not with --target), e.g. <c>Figures:RouterWindow=00:00:00.020</c>
    /// to see how much of event-to-glass a setting accounts for. Diagnosis only: reports say which settings a run had.
    /// </summary>
    private static IReadOnlyList<string>? SettingsOf(CommandLine line)
    {
        if (line.Text("silo-setting") is not { } list) return null;
        var settings = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var setting in settings)
        {
            if (setting.IndexOf('=') < 1) throw new UsageException($"--silo-setting '{setting}' is not Key=Value.");
        }
        return settings;
    }

    public static SurgeOptions From(string scenario, CommandLine line)
    {
        if (line.Positionals.Count > 0) throw new UsageException($"Unexpected '{line.Positionals[0]}'.");
        var target = line.Text("target") is { } t ? LoopbackGuard.Require(t, "--target") : null;
        // With a target, the dashboard is where run.sh puts it unless told otherwise; without one the tool starts its own.
        var dashboard = line.Text("dashboard") is { } d ? LoopbackGuard.Require(d, "--dashboard")
            : target is not null ? new Uri("http://127.0.0.1:5000") : null;
        var connections = (int)line.Number("connections", 64);
        if (connections is < 1 or > 1024) throw new UsageException("--connections must be 1–1024.");
        var maxInFlight = (int)line.Number("max-in-flight", 20_000);
        if (maxInFlight is < 1 or > 200_000) throw new UsageException("--max-in-flight must be 1–200000.");
        var scale = line.Number("scale", 1);
        if (scale <= 0) throw new UsageException("--scale must be positive.");
        return new SurgeOptions(scenario, target, dashboard, line.Text("api-key", "dev-ingest-key"), scale,
            line.Pid("silo-pid"), line.Pid("dashboard-pid"), line.Text("out"), connections, maxInFlight, SilosOf(line), SettingsOf(line),
            new DashboardAccess(line.Text("hub-key", Readers.DashboardAccess.DevelopmentHubKey), line.Text("display-token", Readers.DashboardAccess.DevelopmentDisplayToken)));
    }
}
