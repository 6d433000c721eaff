using Philly311.Ops.Contracts.Queues;

namespace Philly311.Ops.Dashboard.Tests.Alerts;

/// <summary>Queue frames with only what the alert rules read.</summary>
internal static class AlertFrames
{
    public static readonly DateTimeOffset AsOf = new(2026, 1, 15, 15, 0, 0, TimeSpan.Zero);

    public static QueueFrame Queue(string slug, double? windowServiceLevel, long waiting = 0, DateTimeOffset? oldestSince = null, double? dayServiceLevel = null) =>
        new(QueueKeys.Queue(slug), AsOf, 1, "2026-01-15", waiting, oldestSince, 10, 8, 2, dayServiceLevel, windowServiceLevel, 0.8, 30,
            null, null, null, AgentCounts.None, new QueueStaffing(null, 0, 0, 0, null), null, [], [], []);
}
