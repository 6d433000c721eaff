using System.Diagnostics;
using System.Text.Json;
using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Targets;
using Spectre.Console;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// <c>replay &lt;csv&gt;</c>: plays recorded service requests into the silo at their re-stamped moments
/// (or as fast as allowed with --keep-times), single POSTs with a bounded number in flight, or bulk NDJSON.
/// </summary>
internal static class ReplayCommand
{
    private const int UnreachableLimit = 20;
    private const int BulkChunk = 5_000;
    private static readonly TimeSpan BulkWindow = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(ReplayOptions options, CancellationToken stop)
    {
        CaseFile file;
        try
        {
            file = CaseCsvReader.Read(options.CsvPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Cannot read {options.CsvPath}:[/] {ex.Message}");
            return ExitCodes.Usage;
        }
        foreach (var skip in file.Skipped.Take(5)) AnsiConsole.MarkupLineInterpolated($"[yellow]skipped[/] {skip}");

        using var client = new IngestClient(options.Target, options.ApiKey, options.Concurrency);
        if (!await WaitHealthyAsync(client, patient: options.Today, stop))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Target unreachable:[/] {options.Target} did not answer /healthz.");
            return stop.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Unreachable;
        }

        if (options.Today) return await TodayReplay.RunAsync(options, file, client, TimeProvider.System, stop);

        var plan = ReplayPlan.Build(file.Events, DateTimeOffset.UtcNow, options.Speed, options.KeepTimes, options.IdPrefix);
        var span = plan.Count == 0 ? TimeSpan.Zero : plan[^1].Due;
        var pace = options.KeepTimes ? "original times, as fast as allowed" : $"re-stamped to now at {options.Speed}x, over {span:hh\\:mm\\:ss}";
        var mode = options.Bulk ? "bulk NDJSON" : "single POSTs";
        AnsiConsole.MarkupLineInterpolated($"Replaying [bold]{plan.Count}[/] requests from {Path.GetFileName(options.CsvPath)} to {options.Target} ({pace}, {mode}).");

        var tally = new ReplayTally();
        var clock = Stopwatch.StartNew();
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("replay", maxValue: Math.Max(1, plan.Count));
                var progress = new Progress<long>(done =>
                {
                    task.Value = done;
                    task.Description = $"sent {done}/{plan.Count}  accepted {tally.Accepted}  updated {tally.Updated}  duplicate {tally.Duplicate}  rejected {tally.Rejected}  failed {tally.Failed}";
                });
                if (options.Bulk) await SendBulkAsync(client, plan, options.KeepTimes, tally, clock, progress, stop);
                else await SendSingleAsync(client, plan, options.Concurrency, tally, clock, progress, stop);
                ((IProgress<long>)progress).Report(tally.Done);
                task.Value = plan.Count;
            });

        PrintTotals(tally, file.Skipped.Count, clock.Elapsed);
        if (stop.IsCancellationRequested) return ExitCodes.Interrupted;
        if (tally.ConsecutiveUnreachable >= UnreachableLimit || (tally.Done > 0 && tally.Done == tally.Failed && tally.Errors.ContainsKey("connection refused")))
        {
            AnsiConsole.MarkupLine("[red]Target unreachable:[/] stopped after repeated connection refusals.");
            return ExitCodes.Unreachable;
        }
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Up to 5 s for a one-off run; <paramref name="patient"/> (--today, the replay run.sh keeps going) waits for as long
    /// as it takes: a silo that is restarting or waiting for Redis is not a reason to stop the day's replay for good.
    /// </summary>
    private static async Task<bool> WaitHealthyAsync(IngestClient client, bool patient, CancellationToken stop)
    {
        for (var attempt = 0; (patient || attempt < 10) && !stop.IsCancellationRequested; attempt++)
        {
            try
            {
                if (await client.IsHealthyAsync(stop)) return true;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Ctrl-C while a health check is in flight is the same stop as during the pause below.
                return false;
            }
            if (patient && attempt % 20 == 19) AnsiConsole.MarkupLine("[yellow]Target not ready yet; waiting for it.[/]");
            try { await Task.Delay(500, stop); }
            catch (OperationCanceledException) { return false; }
        }
        return false;
    }

    private static async Task SendSingleAsync(
        IngestClient client, IReadOnlyList<ReplayItem> plan, int concurrency, ReplayTally tally,
        Stopwatch clock, IProgress<long> progress, CancellationToken stop)
    {
        using var slots = new SemaphoreSlim(concurrency, concurrency);
        try
        {
            foreach (var item in plan)
            {
                if (tally.ConsecutiveUnreachable >= UnreachableLimit) break;
                var wait = item.Due - clock.Elapsed;
                if (wait > TimeSpan.Zero) await Task.Delay(wait, stop);
                await slots.WaitAsync(stop);
                _ = SendOneAsync(client, item, tally, slots, progress, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }

        // Let what is in flight land (bounded), so the totals are final.
        for (var i = 0; i < concurrency; i++)
        {
            if (!await slots.WaitAsync(TimeSpan.FromSeconds(30))) break;
        }
    }

    private static async Task SendOneAsync(
        IngestClient client, ReplayItem item, ReplayTally tally, SemaphoreSlim slots, IProgress<long> progress, CancellationToken stop)
    {
        try
        {
            tally.Add(await client.PostAsync(item.Event, stop));
        }
        catch (OperationCanceledException)
        {
            tally.Add(new IngestReply(IngestStatus.Failed, 0, "cancelled"));
        }
        finally
        {
            slots.Release();
            progress.Report(tally.Done);
        }
    }

    private static async Task SendBulkAsync(
        IngestClient client, IReadOnlyList<ReplayItem> plan, bool keepTimes, ReplayTally tally,
        Stopwatch clock, IProgress<long> progress, CancellationToken stop)
    {
        var buffer = new MemoryStream();
        var at = 0;
        try
        {
            while (at < plan.Count && !stop.IsCancellationRequested && tally.ConsecutiveUnreachable < UnreachableLimit)
            {
                var wait = plan[at].Due - clock.Elapsed;
                if (wait > TimeSpan.Zero) await Task.Delay(wait, stop);

                // One upload carries what falls due within the next second: at most a second early, well inside the silo's tolerance.
                var until = keepTimes ? TimeSpan.MaxValue : plan[at].Due + BulkWindow;
                buffer.SetLength(0);
                var lines = 0;
                while (at < plan.Count && lines < BulkChunk && plan[at].Due <= until)
                {
                    JsonSerializer.Serialize(buffer, plan[at].Event, WireJson.Default.ServiceRequestEvent);
                    buffer.WriteByte((byte)'\n');
                    lines++;
                    at++;
                }
                tally.Add(await client.PostBulkAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), lines, stop));
                progress.Report(tally.Done);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
    }

    private static void PrintTotals(ReplayTally tally, int skipped, TimeSpan elapsed)
    {
        var table = new Table().AddColumns("accepted", "updated", "duplicate", "rejected", "failed", "skipped rows", "elapsed");
        table.AddRow(tally.Accepted.ToString(), tally.Updated.ToString(), tally.Duplicate.ToString(), tally.Rejected.ToString(),
            tally.Failed.ToString(), skipped.ToString(), elapsed.ToString(@"hh\:mm\:ss"));
        AnsiConsole.Write(table);
        foreach (var (kind, count) in tally.Errors.OrderByDescending(e => e.Value))
            AnsiConsole.MarkupLineInterpolated($"  [yellow]{count}[/] × {kind}");
    }
}
