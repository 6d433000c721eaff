namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>A series' outcome against <see cref="CircuitBudget"/>, and why.</summary>
internal sealed record CircuitVerdict(CircuitJudgement Outcome, string Why)
{
    public string Word => Outcome switch { CircuitJudgement.Pass => "PASS", CircuitJudgement.Fail => "FAIL", _ => "INCONCLUSIVE" };
}
