using System.Globalization;
using Philly311.Ops.Contracts.Queues;

namespace Philly311.Ops.Silo.Queues;

/// <summary>
/// Opens and ends a queue's breach by time passing, checked every second by its grain: breached while someone has waited
/// longer than the threshold, or while the service level over the sliding window is under target with at least
/// <see cref="QueueSettings.MinWindowContacts"/> contacts in it. An oldest-wait breach starts when the wait crossed the
/// threshold (not when the check noticed); a service-level breach when the check found it. It ends when neither holds.
/// </summary>
public sealed class QueueBreachWatch(string key, TimeProvider clock)
{
    public QueueBreach? Open { get; private set; }

    /// <summary>Takes the open breach held in Redis on activation, so a restart continues it instead of starting another.</summary>
    public void Resume(QueueBreach? open) => Open = open;

    /// <summary>Checks now; answers the breach that opened or ended by this check (to log), else null.</summary>
    public QueueBreach? Check(QueueSettings settings, double? windowServiceLevel, long windowContacts, DateTimeOffset? oldestSince)
    {
        var now = clock.GetUtcNow();
        var threshold = TimeSpan.FromSeconds(settings.OldestWaitBreachSeconds);
        var waitBreached = oldestSince is { } since && now - since > threshold;
        var levelBreached = windowContacts >= settings.MinWindowContacts && windowServiceLevel is { } level && level < settings.Target;
        if (Open is null && (waitBreached || levelBreached))
        {
            Open = waitBreached
                ? new QueueBreach(key, QueueBreachReason.OldestWait, oldestSince!.Value + threshold, null,
                    $"Oldest wait over {Minutes(threshold)}")
                : new QueueBreach(key, QueueBreachReason.ServiceLevel, now, null,
                    string.Create(CultureInfo.InvariantCulture, $"Service level {windowServiceLevel!.Value * 100:0} % under the {settings.TargetPercent:0.#} % target (last {settings.WindowMinutes} min)"));
            return Open;
        }
        if (Open is not null && !waitBreached && !levelBreached)
        {
            var ended = Open with { End = now };
            Open = null;
            return ended;
        }
        return null;
    }

    private static string Minutes(TimeSpan span) =>
        span.TotalSeconds < 120 ? $"{span.TotalSeconds:0} s" : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.#} min");
}
