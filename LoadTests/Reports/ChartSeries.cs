namespace Philly311.Ops.LoadTests.Reports;

/// <summary>One line of a chart: (seconds into the run, value).</summary>
internal sealed record ChartSeries(string Name, string Color, IReadOnlyList<(double X, double Y)> Points);
