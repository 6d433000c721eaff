namespace Philly311.Ops.Dashboard.Board;

/// <summary>One bar of the requests-per-15-minutes chart, in SVG user units.</summary>
public sealed record QuarterBar(int Slot, long Count, double X, double Y, double Height, string Title, bool IsCurrent);
