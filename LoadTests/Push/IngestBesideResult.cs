using Philly311.Ops.LoadTests.Reports;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>The ingest run beside the push: what was offered, the two phases, the budgets judged, and the error kinds of the whole run.</summary>
internal sealed record IngestBesideResult(
    string Scenario, double Rate, string Mix, int Readers, string? ReadersUnavailable, IngestPhase Without, IngestPhase With,
    IReadOnlyList<BudgetVerdict> Budgets, IReadOnlyDictionary<string, long> Errors, IReadOnlyList<string> NotAvailable)
{
    public Verdict Unchanged => IngestVerdicts.Unchanged(Budgets);
}
