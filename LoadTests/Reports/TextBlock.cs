namespace Philly311.Ops.LoadTests.Reports;

internal sealed record TextBlock(string Text) : ReportBlock;
