using System.Diagnostics;
using Philly311.Ops.LoadTests.Scenarios;
using Philly311.Ops.LoadTests.Traffic;

namespace Philly311.Ops.LoadTests.Injection;

/// <summary>
/// Plays one step's injection profile: wakes about every millisecond, issues every arrival the curve says is due
/// by now (each stamped with its own intended moment), and never waits for answers. Ends when the step's time is
/// up or on stop; the number of arrivals is bounded by the curve.
/// </summary>
internal sealed class OpenModelInjector(TrafficSender sender)
{
    private static readonly TimeSpan MinWait = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(50);

    public async Task<long> RunAsync(ScenarioStep step, Action<TimeSpan>? tick, CancellationToken cancellationToken)
    {
        var curve = step.Curve;
        var mix = new TrafficMix(step.Mix);
        var start = Stopwatch.GetTimestamp();
        long issued = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var elapsed = Stopwatch.GetElapsedTime(start);
            var due = curve.DueBy(elapsed);
            while (issued < due)
            {
                issued++;
                var intended = start + (long)(curve.DueAt(issued).TotalSeconds * Stopwatch.Frequency);
                sender.Send(mix.Next(), intended, cancellationToken);
            }
            tick?.Invoke(elapsed);
            if (elapsed >= curve.Duration) break;

            var next = issued < (long)curve.TotalArrivals ? curve.DueAt(issued + 1) : curve.Duration;
            var wait = next - Stopwatch.GetElapsedTime(start);
            try
            {
                await Task.Delay(wait < MinWait ? MinWait : wait > MaxWait ? MaxWait : wait, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return issued;
    }
}
