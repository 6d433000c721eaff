namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>
/// Step the single-event rate up from <see cref="Start"/> by <see cref="Step"/> (to at most <see cref="Max"/>), holding each
/// rate for <see cref="Hold"/>, until a step breaks the budget; the knee is the last rate that held it. Steps go on up to
/// <see cref="RunTo"/> even after a break (0: stop at the first), so budgets stated at a given load are measured there.
/// </summary>
internal sealed record KneePlan(double Start, double Step, double Max, TimeSpan Hold, int Subscribers, double GlassP99Ms, double IngestP99Ms, double ErrorRate, double RunTo = 0)
{
    /// <summary>A hard cap on steps, whatever the numbers say: every loop stops by itself.</summary>
    public const int MaxSteps = 60;

    public IEnumerable<double> Rates()
    {
        for (var i = 0; i < MaxSteps; i++)
        {
            var rate = Start + i * Step;
            if (rate > Max + 1e-9) yield break;
            yield return rate;
        }
    }
}
