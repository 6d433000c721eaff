namespace Philly311.Ops.LoadTests.Reports;

internal sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);
