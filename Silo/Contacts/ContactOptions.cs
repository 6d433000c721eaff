using System.ComponentModel.DataAnnotations;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>The windows of contact and agent-state ingest (the future tolerance, sizes and deadlines are <c>Ingest</c>'s).</summary>
public sealed class ContactOptions
{
    public const string Section = "Contacts";

    /// <summary>
    /// How old an event's <c>at</c> may be. Event ids and contact states are remembered for this plus a day, so a replayed
    /// day inside the window counts nothing twice; an older event could, so it is refused.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "35.00:00:00", ErrorMessage = "Contacts:MaxAge must be between 1 hour and 35 days.")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// A contact waiting longer than this is taken as lost (its answered or abandoned event never came) and leaves
    /// "waiting now" and "oldest waiting": it must not hold a queue's oldest wait forever. It stays counted as offered.
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00", ErrorMessage = "Contacts:MaxWait must be between 5 minutes and 1 day.")]
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Distinct queues kept (across the cluster); an event for a new queue past this is refused naming <c>queue</c>.</summary>
    [Range(1, 10_000, ErrorMessage = "Contacts:MaxQueues must be between 1 and 10000.")]
    public int MaxQueues { get; set; } = 200;

    /// <summary>
    /// An agent with no state event for this long counts as offline (<see cref="AgentSilence"/>): its offline event was lost.
    /// Longer than the longest shift (12 h in the contact-center profile), so a quiet agent still on shift is never taken off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:30:00", "7.00:00:00", ErrorMessage = "Contacts:AgentSilentAfter must be between 30 minutes and 7 days.")]
    public TimeSpan AgentSilentAfter { get; set; } = TimeSpan.FromHours(13);

    /// <summary>How often each silo looks for silent agents.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Contacts:AgentSweepEvery must be between 1 second and 1 hour.")]
    public TimeSpan AgentSweepEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long event ids and contact states are kept.</summary>
    public TimeSpan RecordLifetime => MaxAge + TimeSpan.FromDays(1);
}
