using System.Text.Json;
using System.Text.Json.Serialization;
using Philly311.Ops.LoadTests.Runs;

namespace Philly311.Ops.LoadTests.Reports;

/// <summary>Writes a run's folder: report.md (+ chart SVGs), report.html (self-contained), timeline.csv, summary.json.</summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(RunResult run, string reportsRoot)
    {
        var folder = Path.Combine(reportsRoot, run.RunId);
        Directory.CreateDirectory(folder);
        var title = $"Load test: {run.Scenario.Name} — {run.StartedAt:yyyy-MM-dd HH:mm} UTC";
        var sections = ReportDocument.Build(run);

        foreach (var chart in sections.SelectMany(s => s.Blocks).OfType<ChartBlock>())
            File.WriteAllText(Path.Combine(folder, chart.File), chart.Svg);
        File.WriteAllText(Path.Combine(folder, "report.md"), MarkdownReport.Render(title, sections));
        File.WriteAllText(Path.Combine(folder, "report.html"), HtmlReport.Render(title, sections));
        TimelineCsv.Write(run, Path.Combine(folder, "timeline.csv"));

        var c = run.Counts;
        var summary = new ReportSummary(run.Scenario.Name, run.RunId, run.Interrupted,
            c.Sent, c.Acknowledged, c.Accepted, c.Updated, c.Duplicate, c.Rejected, c.Failed, c.NotAvailable,
            run.CityBefore, run.CityAfter, run.Ingest.P99, run.Glass.P99, run.Glass.Count,
            CountChecks.Evaluate(run), Budgets.Evaluate(run), run.FigureCalls, c.AcceptedRequests ?? c.Accepted);
        File.WriteAllText(Path.Combine(folder, "summary.json"), JsonSerializer.Serialize(summary, Json));
        return folder;
    }
}
