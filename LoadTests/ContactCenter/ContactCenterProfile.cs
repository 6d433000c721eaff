namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>A validated contact-center day: queues with their hourly arrival rates, the roster, breaks, after-contact work, and any backlog.</summary>
internal sealed record ContactCenterProfile(
    string Name,
    IReadOnlyList<QueueProfile> Queues,
    IReadOnlyList<ShiftPlan> Shifts,
    IReadOnlyList<BreakRule> Breaks,
    TimeSpan BreakStagger,
    LogNormal AfterContactWork,
    IReadOnlyList<Backlog> Backlogs)
{
    public QueueProfile Queue(string name) => Queues.First(q => q.Name == name);

    /// <summary>Expected contacts of one city day over every queue (backlogs not counted).</summary>
    public double PerDay => Queues.Sum(q => q.HourlyRates.Sum());
}
