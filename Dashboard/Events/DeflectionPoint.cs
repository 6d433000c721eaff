namespace Philly311.Ops.Dashboard.Events;

/// <summary>One quarter of a deflection chart (a request bar or a call mark), in SVG user units.</summary>
public sealed record DeflectionPoint(int Slot, long Count, double X, double Y, double Height, string Title);
