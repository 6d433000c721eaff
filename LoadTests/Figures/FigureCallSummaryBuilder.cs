using Philly311.Ops.LoadTests.Runs;

namespace Philly311.Ops.LoadTests.Figures;

/// <summary>Turns a run's samples into the hottest figure per step and silo.</summary>
internal static class FigureCallSummaryBuilder
{
    public static FigureCallSummary Build(IReadOnlyDictionary<string, IReadOnlyList<FigureCallSample>> samplesBySilo, IReadOnlyList<StepResult> steps, string? unavailable)
    {
        var rows = new List<HotFigureStep>();
        foreach (var step in steps)
        {
            foreach (var (silo, samples) in samplesBySilo)
            {
                if (FigureCallRates.Hottest(samples, step.FromSecond, step.ToSecond) is { } hot)
                    rows.Add(new HotFigureStep(step.Name, step.OfferedPerSecond, silo, hot));
            }
        }
        return new FigureCallSummary(rows, [.. samplesBySilo.Keys], unavailable, samplesBySilo.Values.Sum(s => (long)s.Count));
    }
}
