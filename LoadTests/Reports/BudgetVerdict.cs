namespace Philly311.Ops.LoadTests.Reports;

/// <summary>One DESIGN.md budget against this run: the figure, and pass / fail / not reached / not measured.</summary>
internal sealed record BudgetVerdict(string Budget, string Figure, Verdict Verdict);
