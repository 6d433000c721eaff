namespace Philly311.Ops.LoadTests.Reports;

/// <summary>A consistency check of the run's own counts against each other and against the system's.</summary>
internal sealed record CountCheck(string Name, string Detail, bool Pass);
