using System.Text.Json;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// Uploads versions as one NDJSON bulk request and does not give up while the silo is away: a refused connection, a
/// timeout, a broken-off answer, 5xx, 408 or 429 wait (the silo's Retry-After when it sends one, else a backoff from
/// 250 ms doubling to 30 s) and upload the same lines again — ingest is exactly-once, so lines that did land come
/// back as duplicates. Lines the silo refused as bad input are logged and skipped; so is an upload refused whole (4xx).
/// A wrong key (401/403) or a target without the endpoint ends the replay: no retry would ever get through.
/// </summary>
internal sealed class PatientBulkSender(IngestClient client, ReplayTally tally, Action<string> say)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(5);

    private long _retries;

    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>False when the target can never take these events (key refused, no such endpoint).</summary>
    public async Task<bool> SendAsync(IReadOnlyList<TimedEvent> events, CancellationToken stop)
    {
        if (events.Count == 0) return true;
        var body = Ndjson(events);
        for (var attempt = 0; ; attempt++)
        {
            var reply = await client.PostBulkAsync(body, events.Count, stop);
            switch (reply.HttpStatus)
            {
                case 401 or 403 or 404 or 405:
                    tally.Add(reply);
                    say($"The silo refused the upload with {reply.HttpStatus} (API key or target wrong); stopping.");
                    return false;
                case >= 200 and < 300 when reply.Failed == 0:
                    tally.Add(reply);
                    if (reply.Rejected > 0) say($"{reply.Rejected} event(s) refused by the silo as bad input, skipped: {Reasons(reply)}.");
                    return true;
                case >= 400 and < 500 and not 408 and not 429:
                    // Answered, and refused as bad input: counted as rejected, not as lost.
                    reply.Rejected += reply.Failed;
                    reply.Failed = 0;
                    tally.Add(reply);
                    say($"An upload of {events.Count} event(s) was refused with {reply.HttpStatus} (bad input), skipped.");
                    return true;
                default:
                    var wait = reply.RetryAfter is { } asked ? (asked < MaxRetryAfter ? asked : MaxRetryAfter) : Backoff(attempt);
                    Interlocked.Increment(ref _retries);
                    say($"Silo not taking events ({Reasons(reply)}); retry {attempt + 1} of {events.Count} event(s) in {wait.TotalSeconds:0.#} s.");
                    await Task.Delay(wait, stop);
                    break;
            }
        }
    }

    public static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(attempt, 10))));

    private static string Reasons(BulkReply reply) =>
        reply.Errors.Count == 0 ? $"status {reply.HttpStatus}" : string.Join(", ", reply.Errors.Select(e => $"{e.Value} × {e.Key}"));

    private static ReadOnlyMemory<byte> Ndjson(IReadOnlyList<TimedEvent> events)
    {
        var buffer = new MemoryStream();
        foreach (var timed in events)
        {
            JsonSerializer.Serialize(buffer, timed.Event, WireJson.Default.ServiceRequestEvent);
            buffer.WriteByte((byte)'\n');
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
