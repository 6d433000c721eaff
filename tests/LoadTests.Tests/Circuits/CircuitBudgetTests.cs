using Philly311.Ops.LoadTests.Circuits;

namespace Philly311.Ops.LoadTests.Tests.Circuits;

public sealed class CircuitBudgetTests
{
    [Fact]
    public void ASlopeAtTheBudgetPassesAndOneByteMoreFails()
    {
        CircuitBudget.Judge(new LeastSquares(300_000, 2e7, 0.99, 5), 4).Outcome.ShouldBe(CircuitJudgement.Pass);

        var over = CircuitBudget.Judge(new LeastSquares(300_001, 2e7, 0.99, 5), 4);

        over.Outcome.ShouldBe(CircuitJudgement.Fail);
        over.Word.ShouldBe("FAIL");
        over.Why.ShouldContain("300.0 KB per circuit > 300 KB");
    }

    [Fact]
    public void StepsThatDoNotLieOnALineAreInconclusiveEvenUnderTheBudget()
    {
        var verdict = CircuitBudget.Judge(new LeastSquares(10_000, 2e7, 0.5, 5), 4);

        verdict.Outcome.ShouldBe(CircuitJudgement.Inconclusive);
        verdict.Why.ShouldContain("r² 0.50");
    }

    [Fact]
    public void TooFewStepsWithTabsOpenAreInconclusive()
    {
        CircuitBudget.Judge(new LeastSquares(10_000, 2e7, 1, 3), 2).Outcome.ShouldBe(CircuitJudgement.Inconclusive);
        CircuitBudget.Judge(null, 4).Word.ShouldBe("INCONCLUSIVE");
    }
}
