namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// The issue-8 budget, "a Blazor circuit of the board ≤ 300 KB server memory", judged on the slope of live managed
/// bytes over open tabs. KB is read as 1,000 bytes: the stricter reading, so a PASS holds under either.
/// </summary>
internal static class CircuitBudget
{
    public const long BytesPerCircuit = 300_000;

    /// <summary>Below this r² the steps do not lie on a line and the slope is noise, not a per-circuit cost.</summary>
    public const double MinRSquared = 0.9;

    /// <summary>Steps with tabs open needed for a slope worth judging.</summary>
    public const int MinSteps = 3;

    public static CircuitVerdict Judge(LeastSquares? fit, int stepsWithTabs)
    {
        if (fit is null || stepsWithTabs < MinSteps) return new(CircuitJudgement.Inconclusive, $"fewer than {MinSteps} steps with tabs open");
        if (fit.RSquared < MinRSquared) return new(CircuitJudgement.Inconclusive, $"r² {fit.RSquared:0.00} < {MinRSquared:0.0}: the steps are too noisy for a slope");
        return fit.Slope <= BytesPerCircuit
            ? new(CircuitJudgement.Pass, $"{fit.Slope / 1000:0.0} KB per circuit ≤ {BytesPerCircuit / 1000} KB")
            : new(CircuitJudgement.Fail, $"{fit.Slope / 1000:0.0} KB per circuit > {BytesPerCircuit / 1000} KB");
    }
}
