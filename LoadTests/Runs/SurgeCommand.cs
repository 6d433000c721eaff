using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Hosting;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Reports;
using Philly311.Ops.LoadTests.Scenarios;
using Spectre.Console;

namespace Philly311.Ops.LoadTests.Runs;

/// <summary><c>&lt;scenario&gt;</c>: against --target, or against a system the tool starts (and always stops) itself; then the report.</summary>
internal static class SurgeCommand
{
    public static int List()
    {
        foreach (var name in ScenarioLoader.ShippedNames())
        {
            var scenario = ScenarioLoader.Load(name, 1);
            AnsiConsole.MarkupLineInterpolated($"[bold]{name,-14}[/] {scenario.Duration.TotalSeconds,5:F0} s  {Headline(scenario.Description)}");
        }
        return ExitCodes.Ok;
    }

    private static string Headline(string description)
    {
        var end = description.IndexOf(". ", StringComparison.Ordinal);
        var first = end > 0 ? description[..(end + 1)] : description;
        return first.Length <= 90 ? first : first[..89] + "…";
    }

    public static async Task<int> RunAsync(SurgeOptions options, CancellationToken stop)
    {
        Scenario scenario;
        try
        {
            scenario = ScenarioLoader.Load(options.Scenario, options.Scale);
        }
        catch (ScenarioException ex)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{ex.Message}[/]");
            return ExitCodes.Usage;
        }

        var progress = new ConsoleProgress();
        progress.Say($"scenario {scenario.Name} ×{scenario.Scale}: {scenario.Steps.Count} steps, {scenario.Duration.TotalSeconds:F0} s of injection");
        SelfHostedSystem? system = null;
        try
        {
            RunTarget target;
            if (options.Target is { } silo)
            {
                target = new RunTarget(silo, options.Dashboard, options.ApiKey, Watch(options), $"given target {silo}", null, options.Access);
            }
            else
            {
                progress.Say("no --target: starting Redis, the silo and the dashboard (Release builds)");
                var settings = options.SiloSettings ?? [];
                system = await SelfHostedSystem.StartAsync(progress.Say, SystemShape.Default with { SiloArguments = [.. settings.Select(s => "--" + s)] }, stop);
                target = new RunTarget(system.SiloUrl, system.DashboardUrl, SelfHostedSystem.ApiKey, system.Watched,
                    "started by the tool: redis-server + silo + dashboard on loopback" + (settings.Count > 0 ? "; silo settings " + string.Join(", ", settings) : ""),
                    system.DashboardProblem, SelfHostedSystem.Access);
            }

            var result = await new SurgeRunner(scenario, target, options, progress).RunAsync(stop);
            var folder = ReportWriter.Write(result, options.Out ?? RepoLayout.ReportsFolder);
            var checks = CountChecks.Evaluate(result);
            PrintVerdicts(Budgets.Evaluate(result), checks, result);
            AnsiConsole.MarkupLineInterpolated($"Report: [bold]{folder}[/]");
            if (result.Interrupted) return ExitCodes.Interrupted;
            return checks.All(c => c.Pass) ? ExitCodes.Ok : ExitCodes.BudgetFailed;
        }
        catch (Exception ex) when (ex is TargetUnreachableException or FileNotFoundException or InvalidOperationException)
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
            if (system is not null)
            {
                progress.Say("stopping the system the tool started");
                await system.DisposeAsync();
            }
        }
    }

    /// <summary>With --target: PIDs given, else found by dll name and port; unmeasured otherwise (said so in the report).</summary>
    private static List<WatchedProcess> Watch(SurgeOptions options)
    {
        var watched = new List<WatchedProcess>();
        if ((options.SiloPid ?? ProcStat.Find("Philly311.Ops.Silo.dll", Port(options.Target))) is { } silo) watched.Add(new("silo", silo));
        if ((options.DashboardPid ?? ProcStat.Find("Philly311.Ops.Dashboard.dll", Port(options.Dashboard))) is { } dashboard) watched.Add(new("dashboard", dashboard));
        return watched;
    }

    private static string? Port(Uri? url) => url is null ? null : ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void PrintVerdicts(IReadOnlyList<BudgetVerdict> budgets, IReadOnlyList<CountCheck> checks, RunResult result)
    {
        var table = new Table().AddColumns("", "budget / check", "figure");
        foreach (var b in budgets) table.AddRow(ReportText.Badge(b.Verdict), Markup.Escape(b.Budget), Markup.Escape(b.Figure));
        foreach (var c in checks) table.AddRow(c.Pass ? "[green]PASS[/]" : "[red]FAIL[/]", Markup.Escape(c.Name), Markup.Escape(c.Detail));
        AnsiConsole.Write(table);
        if (result.Knee is { } knee)
            AnsiConsole.MarkupLineInterpolated($"Knee: [bold]{(knee.KneeRate is { } k ? $"{k:N0}/s" : "below the first step")}[/] ({knee.Reason})");
    }
}
