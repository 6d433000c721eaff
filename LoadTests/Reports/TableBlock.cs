namespace Philly311.Ops.LoadTests.Reports;

internal sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;
