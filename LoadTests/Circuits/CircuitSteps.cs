namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// Runs one series: for 0 tabs and then each step, opens tabs up to the step (each Live), lets the process settle,
/// reads the heap a few times; then closes every tab and reads it at once and after the retention wait. The first
/// reading at 0 tabs and at the last step walks the heap by type, so the growth per circuit can be named.
/// </summary>
internal sealed class CircuitSteps(CircuitBrowser browser, int dashboardPid, CircuitMemoryOptions options, Action<string> say)
{
    private const int TopTypes = 15;
    private static readonly TimeSpan BetweenReadings = TimeSpan.FromSeconds(2);

    public async Task<CircuitSeries> RunAsync(CircuitPage page, bool walkTypes, CancellationToken stop)
    {
        var steps = new List<MemoryStep>();
        HeapReading? before = null, after = null;
        var last = options.Tabs[^1];
        foreach (var tabs in options.Tabs.Prepend(0))
        {
            var opening = DateTime.UtcNow;
            await browser.OpenUntilAsync(tabs, page, stop);
            var opened = DateTime.UtcNow - opening;
            await Task.Delay(options.Settle, stop);
            var readings = new List<HeapReading>();
            for (var i = 0; i < options.Readings; i++)
            {
                if (i > 0) await Task.Delay(BetweenReadings, stop);
                var walk = walkTypes && i == 0 && (tabs == 0 || tabs == last);
                var reading = await GcHeapProbe.ReadAsync(dashboardPid, walk, stop);
                if (walk && tabs == 0) before = reading;
                else if (walk) after = reading;
                readings.Add(reading);
            }
            var step = new MemoryStep(tabs, readings);
            steps.Add(step);
            say($"{page.Series} {tabs,3} tabs Live (opened in {opened.TotalSeconds:0} s): live heap {Mb(step.LiveBytes)} MB (spread {step.LiveSpread / 1000.0:0} KB), heap {Mb(step.HeapBytes)} MB, RSS {Mb(step.RssBytes)} MB");
        }

        await browser.CloseAllAsync();
        await Task.Delay(options.Settle, stop);
        var atClose = await GcHeapProbe.ReadAsync(dashboardPid, false, stop);
        say($"{page.Series} all tabs closed, {options.Settle.TotalSeconds:0} s later: live heap {Mb(atClose.LiveBytes)} MB, RSS {Mb(atClose.RssBytes)} MB");
        HeapReading? afterRetention = null;
        if (options.RetentionWait > options.Settle)
        {
            say($"waiting {options.RetentionWait.TotalSeconds:0} s after closing (circuit retention) before the last reading");
            await Task.Delay(options.RetentionWait - options.Settle, stop);
            afterRetention = await GcHeapProbe.ReadAsync(dashboardPid, false, stop);
            say($"{page.Series} {options.RetentionWait.TotalSeconds:0} s after closing: live heap {Mb(afterRetention.LiveBytes)} MB, RSS {Mb(afterRetention.RssBytes)} MB");
        }
        var growth = before?.Types is { } b && after?.Types is { } a ? TypeGrowth.Between(b, a, last, TopTypes) : [];
        var held = before?.Holders is { } hb && after?.Holders is { } ha ? TypeGrowth.Between(hb, ha, last, TopTypes) : [];
        return new CircuitSeries(page.Series, page.Shown, steps, atClose, afterRetention, options.RetentionWait, growth, held);
    }

    private static string Mb(long bytes) => (bytes / 1e6).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
