using System.Diagnostics;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Runs;

/// <summary>
/// NBomber's keep_constant: <c>copies</c> loops, each POSTing back to back for a fixed time, after a three-second
/// warm-up that is not counted. Throughput at saturation is what the bare-endpoint ratio compares.
/// </summary>
internal static class ClosedModelProbe
{
    // A freshly started process runs unoptimized code for its first seconds (tiered JIT); compare warm with warm.
    internal static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);

    public static async Task<CapacityResult> RunAsync(
        string name, Func<CancellationToken, Task<IngestReply>> call, int copies, TimeSpan during, CancellationToken cancellationToken)
    {
        var latency = new LatencyRecorder();
        long ok = 0, errors = 0;
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(Warmup.TotalSeconds * Stopwatch.Frequency);
        var end = measureFrom + (long)(during.TotalSeconds * Stopwatch.Frequency);

        var loops = Enumerable.Range(0, copies).Select(async _ =>
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var sent = Stopwatch.GetTimestamp();
                if (sent >= end) break;
                IngestReply reply;
                try { reply = await call(cancellationToken); }
                catch (OperationCanceledException) { break; }
                var done = Stopwatch.GetTimestamp();
                if (sent < measureFrom || done > end) continue;
                latency.Record(Stopwatch.GetElapsedTime(sent, done));
                if (reply.Acknowledged) Interlocked.Increment(ref ok);
                else Interlocked.Increment(ref errors);
            }
        });
        await Task.WhenAll(loops);
        return new CapacityResult(name, ok, errors, during.TotalSeconds, latency.Total());
    }
}
