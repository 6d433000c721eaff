using Philly311.Ops.Contracts.Staffing;

namespace Philly311.Ops.Silo.Tests.Staffing;

/// <summary>Erlang C against the textbook case and an independent computation (the closed form in log space).</summary>
public sealed class ErlangCTests
{
    [Fact]
    public void TheTextbookCaseNeeds127AgentsFor80PercentIn20Seconds()
    {
        var traffic = ErlangC.TrafficErlangs(1200, 30 * 60, 180);

        var agents = ErlangC.AgentsNeeded(traffic, 180, 20, 0.80);

        traffic.ShouldBe(120, 1e-9);
        agents.ShouldBe(127);
        ErlangC.ServiceLevel(127, traffic, 180, 20).ShouldBe(0.807, 0.001);
        ErlangC.ServiceLevel(126, traffic, 180, 20).ShouldBeLessThan(0.80);
    }

    [Theory]
    [InlineData(10, 2.0)]
    [InlineData(25, 20.0)]
    [InlineData(150, 140.5)]
    [InlineData(400, 390.0)]
    public void TheProbabilityOfWaitingMatchesTheClosedForm(int agents, double traffic)
    {
        ErlangC.ProbabilityOfWaiting(agents, traffic).ShouldBe(ClosedForm(agents, traffic), 1e-9);
    }

    [Fact]
    public void TooFewAgentsMeansEveryoneWaitsAndNoServiceLevel()
    {
        ErlangC.ProbabilityOfWaiting(10, 12).ShouldBe(1);
        ErlangC.ServiceLevel(10, 12, 180, 20).ShouldBe(0);
        ErlangC.AverageSpeedOfAnswer(10, 12, 180).ShouldBe(double.PositiveInfinity);
    }

    [Fact]
    public void NoTrafficNeedsNoAgents()
    {
        ErlangC.AgentsNeeded(0, 180, 20, 0.8).ShouldBe(0);
    }

    /// <summary>C(N, A) = (A^N/N! · N/(N−A)) / (Σₖ₌₀ᴺ⁻¹ A^k/k! + A^N/N! · N/(N−A)), every term scaled by e^(−A) in logs so nothing overflows.</summary>
    private static double ClosedForm(int n, double a)
    {
        double Term(int k) => Math.Exp(k * Math.Log(a) - LogFactorial(k) - a);
        var sum = 0.0;
        for (var k = 0; k < n; k++) sum += Term(k);
        var top = Term(n) * n / (n - a);
        return top / (sum + top);
    }

    private static double LogFactorial(int k)
    {
        var total = 0.0;
        for (var i = 2; i <= k; i++) total += Math.Log(i);
        return total;
    }
}
