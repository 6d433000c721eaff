namespace Philly311.Ops.Contracts.Staffing;

/// <summary>
/// Erlang C for one load: what <c>GET /api/staffing/erlang-c</c> answers and what the queue page's what-if shows, from one
/// place so the two never disagree.
/// </summary>
public static class StaffingPlan
{
    /// <summary>
    /// The fewest agents that answer <paramref name="target"/> (0–1) of <paramref name="offered"/> contacts per
    /// <paramref name="intervalSeconds"/> within <paramref name="answerWithinSeconds"/>; null past <see cref="ErlangC.MaxAgents"/>.
    /// </summary>
    public static StaffingAnswer? For(double offered, double intervalSeconds, double ahtSeconds, double answerWithinSeconds, double target)
    {
        var traffic = ErlangC.TrafficErlangs(offered, intervalSeconds, ahtSeconds);
        if (ErlangC.AgentsNeeded(traffic, ahtSeconds, answerWithinSeconds, target) is not { } agents) return null;
        return new StaffingAnswer(
            agents,
            Math.Round(ErlangC.ServiceLevel(agents, traffic, ahtSeconds, answerWithinSeconds), 4),
            Math.Round(ErlangC.ProbabilityOfWaiting(agents, traffic), 4),
            Math.Round(ErlangC.AverageSpeedOfAnswer(agents, traffic, ahtSeconds), 2),
            Math.Round(traffic, 3),
            agents == 0 ? 0 : Math.Round(traffic / agents, 4));
    }
}
