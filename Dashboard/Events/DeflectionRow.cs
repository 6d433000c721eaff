namespace Philly311.Ops.Dashboard.Events;

/// <summary>One quarter of a deflection chart's table: the same numbers as the chart, for screen readers and paper.</summary>
public sealed record DeflectionRow(string Label, string Requests, string Calls, string Note);
