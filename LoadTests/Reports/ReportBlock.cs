namespace Philly311.Ops.LoadTests.Reports;

/// <summary>A piece of a report section, rendered alike to Markdown and HTML.</summary>
internal abstract record ReportBlock;
