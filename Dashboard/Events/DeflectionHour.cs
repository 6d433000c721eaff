namespace Philly311.Ops.Dashboard.Events;

/// <summary>The shaded band of the hour before or the hour after a push (<see cref="Kind"/> "before" / "after"), in SVG user units.</summary>
public sealed record DeflectionHour(string Kind, double X, double Width);
