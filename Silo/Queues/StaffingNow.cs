using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Contracts.Staffing;

namespace Philly311.Ops.Silo.Queues;

/// <summary>
/// Agents needed now by Erlang C: the arrival rate of the window (offered in it ÷ its elapsed time, at least a minute so the
/// first call of a day is not read as a storm), the window's handle time (else today's, else the queue's default), against the
/// queue's T and target. The projected breach is when the oldest contact waiting reaches the oldest-wait threshold if nobody
/// is answered first: the wait grows one second per second, so it is the first rule time alone trips.
/// </summary>
public static class StaffingNow
{
    public static QueueStaffing Compute(
        long offeredInWindow, TimeSpan windowCovered, double? windowHandleSeconds, double? todayHandleSeconds,
        QueueSettings settings, AgentCounts agents, DateTimeOffset? oldestSince, QueueBreach? openBreach)
    {
        var covered = windowCovered < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : windowCovered;
        var perHour = offeredInWindow / covered.TotalHours;
        var handle = windowHandleSeconds ?? todayHandleSeconds ?? settings.DefaultHandleSeconds;
        var traffic = ErlangC.TrafficErlangs(perHour, 3600, handle);
        var needed = ErlangC.AgentsNeeded(traffic, handle, settings.AnswerWithinSeconds, settings.Target);
        DateTimeOffset? breachAt = openBreach is not null ? openBreach.Start
            : oldestSince is { } since ? since + TimeSpan.FromSeconds(settings.OldestWaitBreachSeconds) : null;
        return new QueueStaffing(needed, agents.Working, Math.Round(perHour, 2), Math.Round(handle, 1), breachAt);
    }
}
