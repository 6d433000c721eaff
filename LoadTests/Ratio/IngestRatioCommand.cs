using System.Diagnostics;
using System.Globalization;
using Philly311.Ops.LoadTests.Baseline;
using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Hosting;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Runs;
using Philly311.Ops.LoadTests.Targets;
using Philly311.Ops.LoadTests.Traffic;
using Spectre.Console;

namespace Philly311.Ops.LoadTests.Ratio;

/// <summary>
/// <c>ingest-ratio</c>: single-event ingest of the silo against the bare endpoint, measured with wrk (when on PATH) and with
/// the tool's own closed-model client, interleaved per round (wrk bare, wrk silo, tool bare, tool silo) so drift between
/// them shows; every phase's CPU per process is read from /proc so the report can say why the two clients' ratios differ.
/// </summary>
internal static class IngestRatioCommand
{
    public static async Task<int> RunAsync(IngestRatioOptions options, CancellationToken stop)
    {
        var progress = new ConsoleProgress();
        SelfHostedSystem? system = null;
        ChildProcess? bareProcess = null;
        try
        {
            Uri silo;
            string apiKey, description;
            int? siloPid, redisPid;
            if (options.Target is { } given)
            {
                (silo, apiKey, description) = (given, options.ApiKey, $"given target {given}");
                siloPid = ProcStat.Find("Philly311.Ops.Silo.dll", ":" + given.Port.ToString(CultureInfo.InvariantCulture));
                redisPid = ProcStat.Find("redis-server");
            }
            else
            {
                progress.Say("no --target: starting Redis and the silo (Release build; no dashboard)");
                system = await SelfHostedSystem.StartAsync(progress.Say, new SystemShape(0, []), stop);
                (silo, apiKey, description) = (system.SiloUrl, SelfHostedSystem.ApiKey, "started by the tool: redis-server + silo on loopback");
                siloPid = system.Watched.FirstOrDefault(w => w.Name == "silo")?.Pid;
                redisPid = system.Watched.FirstOrDefault(w => w.Name == "redis")?.Pid;
            }
            if (siloPid is null) throw new InvalidOperationException("the silo's process was not found: CPU per request needs it (let the tool start the system).");
            var (bare, bareUrl) = await BareEndpointProcess.StartAsync(stop);
            bareProcess = bare;
            var result = await new IngestRatioRun(options, silo, apiKey, description, siloPid.Value, redisPid, bareUrl, bare.Pid, progress).RunAsync(stop);
            var folder = IngestRatioReport.Write(result, options.Out ?? RepoLayout.ReportsFolder);
            var table = new Table().AddColumns("", "budget / check", "figure");
            foreach (var b in IngestRatioReport.Verdicts(result)) table.AddRow(Reports.ReportText.Badge(b.Verdict), Markup.Escape(b.Budget), Markup.Escape(b.Figure));
            foreach (var c in IngestRatioReport.Checks(result)) table.AddRow(c.Pass ? "[green]PASS[/]" : "[red]FAIL[/]", Markup.Escape(c.Name), Markup.Escape(c.Detail));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated($"Report: [bold]{folder}[/]");
            if (result.Interrupted) return ExitCodes.Interrupted;
            return IngestRatioReport.Checks(result).All(c => c.Pass) ? ExitCodes.Ok : ExitCodes.BudgetFailed;
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
            if (bareProcess is not null) await bareProcess.DisposeAsync();
            if (system is not null)
            {
                progress.Say("stopping the system the tool started");
                await system.DisposeAsync();
            }
        }
    }
}
