namespace Philly311.Ops.LoadTests.Reports;

/// <summary>A chart written next to the report as <see cref="File"/> and inlined in the HTML.</summary>
internal sealed record ChartBlock(string File, string Title, string Svg) : ReportBlock;
