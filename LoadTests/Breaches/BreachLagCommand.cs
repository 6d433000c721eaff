using System.Diagnostics;
using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Hosting;
using Philly311.Ops.LoadTests.Runs;
using Spectre.Console;

namespace Philly311.Ops.LoadTests.Breaches;

/// <summary>
/// <c>breach-lag</c>: the budget "breach detection lag p99 ≤ 1 s with 100,000 open requests due over the next hour".
/// Loads the open requests through the real bulk API, waits until the dashboard holds a breach frame, then watches
/// the requests fall due with no new event and writes the lag percentiles under LoadTests/reports/breach-lag-*.
/// </summary>
internal static class BreachLagCommand
{
    /// <summary>The first due time, after the start of the load; requests due while loading are not measured.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(5);

    /// <summary>Measuring starts this long after the load: a request due earlier may have been breached before the watch began.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    /// <summary>How long the watch goes on after the window, so the window's last requests are seen.</summary>
    private static readonly TimeSpan Tail = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(BreachLagOptions options, CancellationToken stop)
    {
        var progress = new ConsoleProgress();
        var startedAt = DateTimeOffset.UtcNow;
        try
        {
            progress.Say("starting Redis, the silo and a dashboard (Release builds)");
            await using var system = await SelfHostedSystem.StartAsync(progress.Say, stop);
            if (system.DashboardUrl is not { } dashboardUrl) throw new InvalidOperationException("the dashboard did not start: " + system.DashboardProblem);
            using var silo = new HttpClient { BaseAddress = system.SiloUrl, Timeout = TimeSpan.FromMinutes(5) };
            silo.DefaultRequestHeaders.Add("X-Api-Key", SelfHostedSystem.ApiKey);
            using var dashboard = new HttpClient { BaseAddress = dashboardUrl, Timeout = TimeSpan.FromSeconds(5) };

            var first = DateTimeOffset.UtcNow + Lead;
            var dues = BreachLoad.Dues(options.Open, first, options.Over);
            progress.Say($"posting {options.Open:N0} open requests due from {first:HH:mm:ss} over {options.Over.TotalMinutes:0} min");
            var load = Stopwatch.StartNew();
            var refused = await BreachLoad.PostAsync(silo, "bl" + Guid.NewGuid().ToString("N")[..6], dues, first - TimeSpan.FromHours(1), stop);
            load.Stop();
            progress.Say($"loaded in {load.Elapsed.TotalSeconds:0.0} s ({refused} refused)");

            var watch = new BreachWatch(dashboard);
            var from = DateTimeOffset.UtcNow + Settle;
            var until = from + options.Measure;
            progress.Say($"watching {from:HH:mm:ss}–{until:HH:mm:ss} with no new event");
            await watch.RunAsync(until + Tail, stop);

            var lags = BreachLags.From(dues, watch.Seen, from, until);
            var lastRead = watch.LastReadAt ?? until;
            var run = new BreachLagRun(startedAt, load.Elapsed, refused, options.Open, watch.Reads, watch.Failures, watch.Watched,
                watch.Seen.Count == 0 ? 0 : watch.Seen[^1].Total, dues.Count(d => d <= lastRead - BreachLags.Budget), dues.Count(d => d <= lastRead),
                watch.Seen, lags);
            var folder = BreachLagReport.Write(options.Out ?? RepoLayout.ReportsFolder, options, run);
            AnsiConsole.MarkupLineInterpolated($"{(lags.Pass ? "[green]PASS[/]" : "[red]FAIL[/]")} breach detection lag p50 {lags.P50Ms:0} ms, p99 {lags.P99Ms:0} ms, max {lags.MaxMs:0} ms over {lags.Measured:N0} requests ({lags.Missed} never seen)");
            AnsiConsole.MarkupLineInterpolated($"Report: [bold]{folder}[/]");
            return lags.Pass ? ExitCodes.Ok : ExitCodes.BudgetFailed;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FileNotFoundException or HttpRequestException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Cannot run:[/] {ex.Message}");
            return stop.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Unreachable;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return ExitCodes.Interrupted;
        }
    }
}
