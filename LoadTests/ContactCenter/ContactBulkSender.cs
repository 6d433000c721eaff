using Philly311.Ops.LoadTests.Replay;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// Uploads NDJSON lines to one bulk endpoint and never gives up while the silo is away, as the request replay's
/// <see cref="PatientBulkSender"/> does: refused connections, timeouts, 5xx, 408 and 429 wait (the silo's Retry-After,
/// else a backoff from 250 ms doubling to 30 s) and send the same lines again — the event ids make that exactly-once.
/// A silo without the endpoint yet (404/405, the queues feature not deployed) is waited for too, every 30 s. Lines
/// refused as bad input are counted and skipped. Only a refused API key (401/403) ends the run: no retry gets through.
/// </summary>
internal sealed class ContactBulkSender(IngestClient client, Action<string> say)
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MissingEndpointWait = TimeSpan.FromSeconds(30);

    private long _retries;

    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>What the silo answered, per line, once each upload got through (or was refused for good).</summary>
    public ReplayTally Tally { get; } = new();

    /// <summary>False when the silo refused the API key.</summary>
    public async Task<bool> SendAsync(ReadOnlyMemory<byte> ndjson, int lines, string what, CancellationToken stop)
    {
        if (lines == 0) return true;
        for (var attempt = 0; ; attempt++)
        {
            var reply = await client.PostBulkAsync(ndjson, lines, stop);
            TimeSpan wait;
            switch (reply.HttpStatus)
            {
                case 401 or 403:
                    Tally.Add(reply);
                    say($"The silo refused the API key for {what} ({reply.HttpStatus}); stopping.");
                    return false;
                case >= 200 and < 300 when reply.Failed == 0:
                    Tally.Add(reply);
                    if (reply.Rejected > 0) say($"{reply.Rejected} {what} line(s) refused by the silo as bad input, skipped: {Reasons(reply)}.");
                    return true;
                case 404 or 405:
                    wait = MissingEndpointWait;
                    say($"The silo has no {what} endpoint yet ({reply.HttpStatus}); waiting for it, retry {attempt + 1} in {wait.TotalSeconds:0} s.");
                    break;
                case >= 400 and < 500 and not 408 and not 429:
                    reply.Rejected += reply.Failed;
                    reply.Failed = 0;
                    Tally.Add(reply);
                    say($"An upload of {lines} {what} line(s) was refused with {reply.HttpStatus} (bad input), skipped.");
                    return true;
                default:
                    wait = reply.RetryAfter is { } asked ? (asked < MaxRetryAfter ? asked : MaxRetryAfter) : PatientBulkSender.Backoff(attempt);
                    say($"Silo not taking {what} ({Reasons(reply)}); retry {attempt + 1} of {lines} line(s) in {wait.TotalSeconds:0.#} s.");
                    break;
            }
            Interlocked.Increment(ref _retries);
            await Task.Delay(wait, stop);
        }
    }

    private static string Reasons(BulkReply reply) =>
        reply.Errors.Count == 0 ? $"status {reply.HttpStatus}" : string.Join(", ", reply.Errors.Select(e => $"{e.Value} × {e.Key}"));
}
