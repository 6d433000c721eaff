using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Runs;

namespace Philly311.Ops.LoadTests.Reports;

/// <summary>The charts of a run, from its one-second timeline.</summary>
internal static class ReportCharts
{
    private static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"];

    public static IReadOnlyList<ChartBlock> Build(RunResult run)
    {
        var t = run.Timeline;
        var charts = new List<ChartBlock>
        {
            Chart("latency.svg", "Single-event ingest latency per second (from the intended send time)", "ms",
            [
                Series("p50", 0, t.Where(s => s.Ingest.Count > 0).Select(s => (s.Second, s.Ingest.P50))),
                Series("p90", 1, t.Where(s => s.Ingest.Count > 0).Select(s => (s.Second, s.Ingest.P90))),
                Series("p99", 3, t.Where(s => s.Ingest.Count > 0).Select(s => (s.Second, s.Ingest.P99))),
                Series("max", 4, t.Where(s => s.Ingest.Count > 0).Select(s => (s.Second, s.Ingest.Max))),
            ]),
            Chart("glass.svg", "Event-to-glass per second (ack → frame at a hub subscriber)", "ms",
            [
                Series("p50", 0, t.Where(s => s.Glass.Count > 0).Select(s => (s.Second, s.Glass.P50))),
                Series("p99", 3, t.Where(s => s.Glass.Count > 0).Select(s => (s.Second, s.Glass.P99))),
                Series("max", 4, t.Where(s => s.Glass.Count > 0).Select(s => (s.Second, s.Glass.Max))),
            ]),
            Chart("throughput.svg", "Throughput (events per second)", "events/s",
            [
                Series("offered (profile)", 1, t.Select(s => (s.Second, s.OfferedPerSecond))),
                Series("sent", 0, t.Select(s => (s.Second, (double)s.Sent))),
                Series("acknowledged", 2, t.Select(s => (s.Second, (double)s.Acknowledged))),
                Series("errors", 3, t.Select(s => (s.Second, (double)s.Errors))),
            ]),
        };
        var names = run.MeasuredProcesses;
        charts.Add(Chart("memory.svg", "Resident memory (VmRSS)", "MiB",
            names.Select((n, i) => Series(n, i, ProcessPoints(t, n, p => p.RssMiB))).ToList()));
        charts.Add(Chart("cpu.svg", "CPU (% of one core; the machine has " + Environment.ProcessorCount + ")", "%",
            names.Select((n, i) => Series(n, i, ProcessPoints(t, n, p => p.CpuPercent))).ToList()));
        charts.Add(Chart("readers.svg", "Connected readers", "readers",
            [Series("hub subscribers + wallboards", 0, t.Select(s => (s.Second, (double)s.Readers)))]));
        return charts;
    }

    private static IEnumerable<(double, double)> ProcessPoints(IEnumerable<TimelineSample> t, string name, Func<ProcessSample, double> value) =>
        t.SelectMany(s => s.Processes.Where(p => p.Name == name).Select(p => (s.Second, value(p))));

    private static ChartSeries Series(string name, int color, IEnumerable<(double, double)> points) =>
        new(name, Palette[color % Palette.Length], points.ToList());

    private static ChartBlock Chart(string file, string title, string unit, IReadOnlyList<ChartSeries> series) =>
        new(file, title, SvgChart.Render(title, unit, series));
}
