using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Hosting;
using Philly311.Ops.LoadTests.Runs;
using Spectre.Console;

namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// <c>circuit-memory</c>: the budget "a Blazor circuit of the board ≤ 300 KB server memory", measured with real Chromium
/// tabs, each a signed-in director with its own circuit, then a wallboard series with a display token. The dashboard's
/// live managed heap is read after a full GC induced over EventPipe at 0 tabs and at each step; the per-circuit cost is
/// the least-squares slope. Writes <c>reports/circuit-memory-*/</c>.
/// </summary>
internal static class CircuitMemoryCommand
{
    /// <summary>The password of <see cref="SelfHostedSystem"/>'s director "load": its PasswordHash is PBKDF2 of this (as in the end-to-end tests).</summary>
    private const string SelfHostedUser = "load";
    private const string SelfHostedPassword = "e2e-password";

    /// <summary>Before step 0, a few circuits come and go, so one-time costs (JIT, caches, first render) are not charged to the first step.</summary>
    internal const int WarmUpTabs = 2;

    private static readonly TimeSpan FeedLead = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(CircuitMemoryOptions options, CancellationToken stop)
    {
        var progress = new ConsoleProgress();
        var startedAt = DateTimeOffset.UtcNow;
        SelfHostedSystem? system = null;
        BoardFeed? feed = null;
        try
        {
            Uri dashboard;
            int pid;
            string user = options.User, password = options.Password, feedText;
            string? token = options.DisplayToken;
            if (options.Target is null)
            {
                progress.Say("starting Redis, the silo and a dashboard (Release builds)");
                system = await SelfHostedSystem.StartAsync(progress.Say, stop);
                dashboard = system.DashboardUrl ?? throw new InvalidOperationException("the dashboard did not start: " + system.DashboardProblem);
                pid = system.Watched.Single(w => w.Name == SystemShape.DashboardName(0)).Pid;
                (user, password, token) = (SelfHostedUser, SelfHostedPassword, SelfHostedSystem.Access.DisplayToken);
                feed = await BoardFeed.StartAsync(system.SiloUrl, SelfHostedSystem.ApiKey, progress.Say, stop);
                await Task.Delay(FeedLead, stop);
                feedText = $"the repo's recorded day (parade sample) laid onto today and loaded in bulk ({feed.Replay.Accepted + feed.Replay.Updated} versions taken), and the simulated contact center (its day so far at once, then live at 1×, running through the whole measurement)";
            }
            else
            {
                (dashboard, pid) = (options.Target, options.DashboardPid!.Value);
                feedText = "whatever the target system was fed (not this tool)";
            }

            await using var browser = await CircuitBrowser.StartAsync();
            var board = CircuitPage.Board(dashboard, user, password);
            var pages = new List<CircuitPage> { board };
            if (options.Wallboard) pages.Add(CircuitPage.Wallboard(dashboard, token!));
            if (options.Floor) pages.Add(CircuitPage.Floor(dashboard, user, password));
            progress.Say($"warming up: {WarmUpTabs} tabs of each page open and close");
            foreach (var page in pages)
            {
                await browser.OpenUntilAsync(WarmUpTabs, page, stop);
                await browser.CloseAllAsync();
            }

            var steps = new CircuitSteps(browser, pid, options, progress.Say);
            var series = new List<CircuitSeries>();
            foreach (var page in pages) series.Add(await steps.RunAsync(page, walkTypes: true, stop));

            var run = new CircuitMemoryRun(startedAt, DateTimeOffset.UtcNow,
                options.Target is null ? "started by the tool: redis-server (AOF), one silo, one dashboard (Release builds, Production, server GC)" : $"the running dashboard at {dashboard} (pid {pid})",
                feedText, series, options);
            var folder = CircuitMemoryReport.Write(options.Out ?? RepoLayout.ReportsFolder, run);
            var verdict = run.Verdict;
            var color = verdict.Outcome == CircuitJudgement.Pass ? "green" : "red";
            AnsiConsole.MarkupLine($"[{color}]{verdict.Word}[/] board circuit: {Markup.Escape(verdict.Why)}");
            AnsiConsole.MarkupLineInterpolated($"Report: [bold]{folder}[/]");
            return verdict.Outcome == CircuitJudgement.Pass ? ExitCodes.Ok : ExitCodes.BudgetFailed;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FileNotFoundException or HttpRequestException or TimeoutException or Microsoft.Playwright.PlaywrightException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Cannot run:[/] {ex.Message}");
            return stop.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Unreachable;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return ExitCodes.Interrupted;
        }
        finally
        {
            if (feed is not null) await feed.DisposeAsync();
            if (system is not null) await system.DisposeAsync();
        }
    }
}
