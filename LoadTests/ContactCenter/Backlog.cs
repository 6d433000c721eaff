namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// Callers already holding when the floor opens: <see cref="Holding"/> extra contacts on <see cref="Queue"/>, offered
/// evenly over the <see cref="Over"/> before <see cref="At"/> (city time). They hold on until <see cref="At"/>; only then
/// does their patience start to run.
/// </summary>
internal sealed record Backlog(string Queue, int Holding, TimeOnly At, TimeSpan Over);
