using Philly311.Ops.Contracts.Time;
using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Targets;
using Spectre.Console;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// <c>replay &lt;csv&gt; --today</c>: loads in bulk what would already have happened today, then plays the rest live at
/// its own times until stopped. Says what is estimated: the parade sample has no close times.
/// </summary>
internal static class TodayReplay
{
    private const int BulkChunk = 5_000;

    /// <summary>Live versions due within this window go in one upload; the silo takes times a second early.</summary>
    private static readonly TimeSpan LiveWindow = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan ReportEvery = TimeSpan.FromMinutes(1);

    public static async Task<int> RunAsync(ReplayOptions options, CaseFile file, IngestClient client, TimeProvider clock, CancellationToken stop)
    {
        CloseTimeEstimates estimates;
        var estimatesPath = options.CloseEstimates ?? CloseTimeEstimates.DefaultPath;
        try
        {
            estimates = CloseTimeEstimates.Read(estimatesPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Cannot read the close-time estimates {estimatesPath}:[/] {ex.Message}");
            return ExitCodes.Usage;
        }

        var plan = TodayPlan.Build(file.Events, estimates, clock, options.Speed, options.IdPrefix);
        var tally = new ReplayTally();
        var sender = new PatientBulkSender(client, tally, line => AnsiConsole.MarkupLineInterpolated($"[yellow]{line}[/]"));
        Describe(plan, options, file, estimatesPath);

        try
        {
            var started = clock.GetUtcNow();
            foreach (var chunk in plan.AtOnce.Chunk(BulkChunk))
            {
                if (!await sender.SendAsync(chunk, stop)) return Finish(tally, sender, ExitCodes.Unreachable);
            }
            AnsiConsole.MarkupLineInterpolated(
                $"Loaded at once: [bold]{plan.AtOnce.Count}[/] versions in {(clock.GetUtcNow() - started).TotalSeconds:0.0} s (accepted {tally.Accepted}, updated {tally.Updated}, duplicate {tally.Duplicate}, rejected {tally.Rejected}).");
            if (!await PlayLiveAsync(plan, sender, tally, clock, stop)) return Finish(tally, sender, ExitCodes.Unreachable);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        return Finish(tally, sender, stop.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok);
    }

    private static async Task<bool> PlayLiveAsync(TodayPlan plan, PatientBulkSender sender, ReplayTally tally, TimeProvider clock, CancellationToken stop)
    {
        using var live = plan.Live.GetEnumerator();
        var more = live.MoveNext();
        var counts = new LiveCounts();
        var reported = clock.GetUtcNow();
        while (more && !stop.IsCancellationRequested)
        {
            var wait = live.Current.At - clock.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, stop);

            var batch = new List<TimedEvent>();
            var until = clock.GetUtcNow() + LiveWindow;
            while (more && batch.Count < BulkChunk && live.Current.At <= until)
            {
                batch.Add(live.Current);
                more = live.MoveNext();
            }
            if (!await sender.SendAsync(batch, stop)) return false;
            counts.Add(batch);
            if (clock.GetUtcNow() - reported >= ReportEvery || !more)
            {
                reported = clock.GetUtcNow();
                var next = more ? $"next at {CityTime.ToLocal(live.Current.At):HH:mm} ET" : "nothing more to play";
                AnsiConsole.MarkupLineInterpolated(
                    $"{CityTime.ToLocal(reported):HH:mm} ET live: {counts.Opened} opened, {counts.Closed} closed ({counts.Estimated} by estimate) since start; silo accepted {tally.Accepted}, updated {tally.Updated}; {next}.");
            }
        }
        return true;
    }

    private static void Describe(TodayPlan plan, ReplayOptions options, CaseFile file, string estimatesPath)
    {
        if (plan.Passes is not { } passes)
        {
            AnsiConsole.MarkupLine("[yellow]The recording has no rows: nothing to replay.[/]");
            return;
        }
        var atOnce = new LiveCounts();
        atOnce.Add(plan.AtOnce);
        var today = CityTime.LocalDate(plan.Now);
        var openedToday = plan.QuarterHoursToday().Sum();
        var main = passes.All().First();
        var first = CityTime.ToLocal(main.Shift.Apply(main.Rows[0].RequestedDatetime));
        var last = CityTime.ToLocal(main.Shift.Apply(main.Rows[^1].RequestedDatetime));
        var open = plan.OpenAfterLoad();
        var openInData = plan.OpenInDataAfterLoad();

        AnsiConsole.MarkupLineInterpolated(
            $"Replaying {Path.GetFileName(options.CsvPath)} ({file.Events.Count} requests) onto today, {CityTime.DayKey(today)} city time, to {options.Target}:");
        AnsiConsole.MarkupLineInterpolated(
            $"  every request keeps its city time of day: {first:ddd HH:mm} → {last:ddd HH:mm} ET; then its last {passes.FillBlock.TotalHours:0} h play again ({passes.FillCopies}×) to fill the day; the cycle repeats every {passes.PeriodDays} day(s); ids '{options.IdPrefix}p<pass>-<id>'.");
        AnsiConsole.MarkupLineInterpolated(
            $"  AT ONCE (already happened by {CityTime.ToLocal(plan.Now):HH:mm} ET): {plan.AtOnce.Count} versions: {atOnce.Opened} requests opened ({openedToday} of them today), {atOnce.Closed} closed ({atOnce.Estimated} at an estimated time); open after the load {open} ({openInData} open in the data, {open - openInData} by estimate).");
        var later = new LiveCounts();
        later.Add(plan.LaterToday);
        var firstLive = plan.LaterToday.Count > 0 ? $"first at {CityTime.ToLocal(plan.LaterToday[0].At):HH:mm} ET" : "none left today";
        AnsiConsole.MarkupLineInterpolated(
            $"  LIVE at {options.Speed}x, each at its own time: later today {plan.LaterToday.Count} versions, {later.Opened} requests opened and {later.Closed} closed ({later.Estimated} by estimate), {firstLive}; then the next days' passes, until Ctrl-C.");
        AnsiConsole.MarkupLineInterpolated(
            $"  [yellow]Close times are ESTIMATED[/] where the data has none (this sample has none), per request type from {Path.GetFileName(estimatesPath)}; rows Open in the data stay open.");
    }

    private static int Finish(ReplayTally tally, PatientBulkSender sender, int code)
    {
        var table = new Table().AddColumns("accepted", "updated", "duplicate", "rejected", "failed", "retries");
        table.AddRow(tally.Accepted.ToString(), tally.Updated.ToString(), tally.Duplicate.ToString(), tally.Rejected.ToString(),
            tally.Failed.ToString(), sender.Retries.ToString());
        AnsiConsole.Write(table);
        return code;
    }
}
