namespace Philly311.Ops.Contracts.Staffing;

/// <summary>
/// Erlang C: how many agents a queue needs so that a share of calls is answered within a time. Pure math, shared so
/// the silo's API and the dashboard's what-if give the same answer. Erlang B is computed by its recursion
/// (B₀ = 1, Bₖ = A·Bₖ₋₁ / (k + A·Bₖ₋₁)), which stays finite where A^N / N! would overflow a double at a few hundred agents.
/// </summary>
public static class ErlangC
{
    /// <summary>Beyond this the answer is not a staffing plan any center could act on.</summary>
    public const int MaxAgents = 20_000;

    /// <summary>Traffic in erlangs: arrivals per second × handle time in seconds.</summary>
    public static double TrafficErlangs(double offered, double intervalSeconds, double ahtSeconds) => offered / intervalSeconds * ahtSeconds;

    /// <summary>Probability that a caller waits at all, with <paramref name="agents"/> agents and <paramref name="traffic"/> erlangs (1 when agents ≤ traffic).</summary>
    public static double ProbabilityOfWaiting(int agents, double traffic)
    {
        if (traffic <= 0) return 0;
        if (agents <= traffic) return 1;
        var b = 1.0;
        for (var k = 1; k <= agents; k++) b = traffic * b / (k + traffic * b);
        return agents * b / (agents - traffic * (1 - b));
    }

    /// <summary>Share of calls answered within <paramref name="answerWithinSeconds"/>.</summary>
    public static double ServiceLevel(int agents, double traffic, double ahtSeconds, double answerWithinSeconds)
    {
        if (traffic <= 0) return 1;
        if (agents <= traffic) return 0;
        var wait = ProbabilityOfWaiting(agents, traffic);
        return 1 - wait * Math.Exp(-(agents - traffic) * answerWithinSeconds / ahtSeconds);
    }

    /// <summary>Average speed of answer in seconds (infinite when agents ≤ traffic).</summary>
    public static double AverageSpeedOfAnswer(int agents, double traffic, double ahtSeconds) =>
        traffic <= 0 ? 0 : agents <= traffic ? double.PositiveInfinity : ProbabilityOfWaiting(agents, traffic) * ahtSeconds / (agents - traffic);

    /// <summary>The fewest agents that reach <paramref name="target"/> (0–1), or null past <see cref="MaxAgents"/>.</summary>
    public static int? AgentsNeeded(double traffic, double ahtSeconds, double answerWithinSeconds, double target)
    {
        if (traffic <= 0) return 0;
        for (var agents = Math.Max(1, (int)Math.Floor(traffic) + 1); agents <= MaxAgents; agents++)
        {
            if (ServiceLevel(agents, traffic, ahtSeconds, answerWithinSeconds) >= target) return agents;
        }
        return null;
    }
}
