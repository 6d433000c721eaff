using System.Diagnostics;
using System.Text.Json;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Scenarios;
using Philly311.Ops.LoadTests.Targets;
using Philly311.Ops.LoadTests.Traffic;

namespace Philly311.Ops.LoadTests.Runs;

/// <summary>
/// Bulk replay at full speed: the NDJSON bodies are built before the clock starts (so the generator's JSON work is not
/// measured), then uploaded <c>parallel</c> at a time; events/s = acknowledged lines / wall time until the last answer.
/// </summary>
internal static class BulkProbe
{
    public static async Task<CapacityResult> RunAsync(
        BulkProbePlan plan, IngestClient client, EventFactory events, RunCounters counters, CancellationToken cancellationToken)
    {
        var bodies = new List<(ReadOnlyMemory<byte> Body, int Lines)>();
        for (var left = plan.Events; left > 0; left -= plan.Batch)
        {
            var lines = Math.Min(plan.Batch, left);
            var body = new MemoryStream(lines * 320);
            for (var i = 0; i < lines; i++)
            {
                JsonSerializer.Serialize(body, events.NewRequest(), WireJson.Default.ServiceRequestEvent);
                body.WriteByte((byte)'\n');
            }
            bodies.Add((body.GetBuffer().AsMemory(0, (int)body.Length), lines));
        }

        var latency = new LatencyRecorder();
        long acknowledged = 0, errors = 0;
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, plan.Parallel).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Count && !cancellationToken.IsCancellationRequested)
            {
                var (body, lines) = bodies[i];
                counters.Sending(lines);
                var sent = Stopwatch.GetTimestamp();
                BulkReply reply;
                try
                {
                    reply = await client.PostBulkAsync(body, lines, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    counters.Dropped("cancelled", lines);
                    throw;
                }
                latency.Record(Stopwatch.GetElapsedTime(sent));
                counters.Add(reply);
                Interlocked.Add(ref acknowledged, reply.Acknowledged);
                Interlocked.Add(ref errors, reply.Rejected + reply.Failed);
            }
        });
        try { await Task.WhenAll(workers); }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { }
        return new CapacityResult($"bulk replay ({plan.Events:N0} events, {plan.Batch:N0} per upload, {plan.Parallel} in parallel)",
            acknowledged, errors, Stopwatch.GetElapsedTime(start).TotalSeconds, latency.Total());
    }
}
