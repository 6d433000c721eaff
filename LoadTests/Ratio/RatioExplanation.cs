using System.Globalization;

namespace Philly311.Ops.LoadTests.Ratio;

/// <summary>
/// Why wrk's ratio and the tool's differ, in this run's own numbers: CPU per request of each client and each server
/// (from /proc), the machine's busy share, and what a "cores are the limit" model predicts from those costs alone.
/// </summary>
internal static class RatioExplanation
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>CPU µs per request, all measured processes of one client against one target, averaged over rounds.</summary>
    public sealed record Cost(double Generator, double Server, double Redis, double BusyPercent, double PerSecond)
    {
        public double Total => Generator + Server + Redis;
    }

    public static Cost? CostOf(IReadOnlyList<RatioPhase> phases, string client, string target)
    {
        var mine = phases.Where(p => p.Client == client && p.Target == target && p.Requests > 0).ToList();
        if (mine.Count == 0) return null;
        return new Cost(mine.Average(p => p.GeneratorMicrosPerRequest), mine.Average(p => p.ServerMicrosPerRequest),
            mine.Average(p => p.RedisMicrosPerRequest), mine.Average(p => p.MachineBusyPercent), mine.Average(p => p.PerSecond));
    }

    /// <summary>
    /// If the cores are what limits both runs, each rate is about busy core-seconds ÷ CPU per request of every process in
    /// the path, so a client's ratio is predicted by (bare's CPU per request) ÷ (silo's CPU per request, Redis included).
    /// </summary>
    public static double Predicted(Cost bare, Cost silo) =>
        silo.Total > 0 ? bare.Total / silo.Total * (silo.BusyPercent / Math.Max(1e-9, bare.BusyPercent)) : 0;

    public static IReadOnlyList<string> Explain(IngestRatioResult run)
    {
        var lines = new List<string>();
        var (wrkBare, wrkSilo) = (CostOf(run.Phases, RatioPhase.Wrk, RatioPhase.Bare), CostOf(run.Phases, RatioPhase.Wrk, RatioPhase.Silo));
        var (toolBare, toolSilo) = (CostOf(run.Phases, RatioPhase.Tool, RatioPhase.Bare), CostOf(run.Phases, RatioPhase.Tool, RatioPhase.Silo));
        if (wrkBare is null || wrkSilo is null || toolBare is null || toolSilo is null || run.Wrk is not { } wrk || run.Tool is not { } tool)
        {
            lines.Add("No comparison: " + (run.WrkMissing ?? "a phase is missing") + ".");
            return lines;
        }
        lines.Add(string.Format(C,
            "Client CPU per request: against the bare endpoint the tool's client used {0:F0} µs, wrk {1:F0} µs ({2:F1}× as much); against the silo {3:F0} µs vs {4:F0} µs.",
            toolBare.Generator, wrkBare.Generator, toolBare.Generator / Math.Max(1e-9, wrkBare.Generator), toolSilo.Generator, wrkSilo.Generator));
        lines.Add(string.Format(C,
            "Server CPU per request: bare endpoint {0:F0} µs (under wrk) / {1:F0} µs (under the tool); silo {2:F0} / {3:F0} µs plus Redis {4:F0} / {5:F0} µs. " +
            "The machine (2 cores, shared with everything else) was {6:F0}–{7:F0}% busy in the measured phases.",
            wrkBare.Server, toolBare.Server, wrkSilo.Server, toolSilo.Server, wrkSilo.Redis, toolSilo.Redis,
            new[] { wrkBare, wrkSilo, toolBare, toolSilo }.Min(c => c.BusyPercent), new[] { wrkBare, wrkSilo, toolBare, toolSilo }.Max(c => c.BusyPercent)));
        lines.Add(string.Format(C,
            "So the client's own cost is {0:P0} of all the CPU a bare request takes under the tool but {1:P0} under wrk; for a silo request {2:P0} vs {3:P0}. " +
            "The cores are shared, so every µs the client spends is a µs the server does not get: the tool slows the cheap bare endpoint ({4:N0}/s vs wrk's {5:N0}/s, {6:P0} less) " +
            "{13} the silo ({7:N0}/s vs {8:N0}/s, {9:P0} less), and its ratio comes out {10} ({11:F2}× vs wrk's {12:F2}×).",
            toolBare.Generator / toolBare.Total, wrkBare.Generator / wrkBare.Total, toolSilo.Generator / toolSilo.Total, wrkSilo.Generator / wrkSilo.Total,
            tool.BarePerSecond, wrk.BarePerSecond, 1 - tool.BarePerSecond / wrk.BarePerSecond,
            tool.SiloPerSecond, wrk.SiloPerSecond, 1 - tool.SiloPerSecond / wrk.SiloPerSecond,
            tool.Pooled > wrk.Pooled ? "higher" : "lower", tool.Pooled, wrk.Pooled,
            1 - tool.BarePerSecond / wrk.BarePerSecond > 1 - tool.SiloPerSecond / wrk.SiloPerSecond ? "more than" : "less than"));
        lines.Add(string.Format(C,
            "Check of that reading: CPU per request alone (client + server + Redis, scaled by the busy share) predicts {0:F2}× for wrk and {1:F2}× for the tool; measured {2:F2}× and {3:F2}×. " +
            "Where prediction and measurement agree, the ratio is set by CPU on shared cores, not by waiting (Redis round trips, locks); where they differ, waiting matters.",
            Predicted(wrkBare, wrkSilo), Predicted(toolBare, toolSilo), wrk.Pooled, tool.Pooled));
        return lines;
    }
}
