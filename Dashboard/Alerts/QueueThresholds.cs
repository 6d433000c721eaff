namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>
/// When a queue turns amber or red: service level (the window's, else the day's) under a percent, or the oldest
/// caller waiting at least so many seconds. A lower service level is worse, so red ≤ amber there; waits the other way.
/// </summary>
public sealed record QueueThresholds
{
    public double ServiceLevelAmberPercent { get; init; } = 80;
    public double ServiceLevelRedPercent { get; init; } = 70;
    public int OldestWaitAmberSeconds { get; init; } = 120;
    public int OldestWaitRedSeconds { get; init; } = 300;
}
