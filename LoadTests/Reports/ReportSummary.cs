namespace Philly311.Ops.LoadTests.Reports;

/// <summary>summary.json: the counts and verdicts in a form tests and scripts can read without parsing Markdown.</summary>
internal sealed record ReportSummary(
    string Scenario, string RunId, bool Interrupted,
    long Sent, long Acknowledged, long Accepted, long Updated, long Duplicate, long Rejected, long Failed, long NotAvailable,
    long? CityBefore, long? CityAfter, double IngestP99Ms, double GlassP99Ms, long GlassSamples,
    IReadOnlyList<CountCheck> Checks, IReadOnlyList<BudgetVerdict> Budgets, Figures.FigureCallSummary? FigureCalls = null,
    long? AcceptedRequests = null);
