using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Philly311.Ops.Silo.Ingest;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Counters;

/// <summary>
/// Group commit for single-event ingest. Each POST waits for its own event to be applied, but events that
/// arrive while Redis is busy with the previous batch go together in the next script call. Quiet: a batch
/// of one, no added latency. Surge: batches grow by themselves, and Redis does one call (and one write per
/// counter field) for many events — the same exactly-once script the bulk path uses.
/// Bounded: past <see cref="IngestOptions.MaxPendingEvents"/> waiting events a POST is refused at once (429), and a
/// POST never waits longer than <see cref="IngestOptions.CommitDeadline"/> for Redis (503): a sender always hears
/// back in time to retry, and a surge can't grow the queue (and the silo's memory) without bound.
/// </summary>
public sealed partial class GroupCommit : IAsyncDisposable
{
    /// <summary>Big enough to amortize a call; small enough that one script holds Redis for about a millisecond.</summary>
    public const int MaxBatch = 256;

    /// <summary>
    /// Batches in flight at once: while Redis runs one, the next fills up. Measured with wrk on 2 cores
    /// (32 connections): 2 in flight beat 1 and 4, because fewer, fuller batches cost Redis less per event.
    /// </summary>
    private const int MaxInFlight = 2;

    private readonly CounterStore _store;
    private readonly IConnectionMultiplexer _redis;
    private readonly IngestOptions _options;
    private readonly ILogger<GroupCommit> _logger;
    private readonly Channel<Pending> _queue;
    private readonly SemaphoreSlim _slots = new(MaxInFlight, MaxInFlight);
    private readonly Task _loop;

    public GroupCommit(CounterStore store, IConnectionMultiplexer redis, IOptions<IngestOptions> options, ILogger<GroupCommit> logger)
    {
        _store = store;
        _redis = redis;
        _options = options.Value;
        _logger = logger;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Math.Max(1, _options.MaxPendingEvents))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>
    /// Completes when Redis has applied the version, with its outcome and ingest sequence; throws
    /// <see cref="CommitRefusedException"/> when it was not applied in time (or may not have been).
    /// </summary>
    public async Task<(string Outcome, long Sequence)> ApplyAsync(RequestVersion version)
    {
        // A dead loop would leave every POST waiting forever; fail loudly instead (the sender retries).
        if (_loop.IsFaulted) throw new InvalidOperationException("The group-commit loop has stopped.", _loop.Exception);
        // Don't queue what can't be stored: with Redis gone every queued event would only wait out the deadline.
        if (!_redis.IsConnected) throw Unavailable("Redis is not reachable.", null);
        var pending = new Pending(version);
        if (!_queue.Writer.TryWrite(pending))
        {
            if (_queue.Reader.Completion.IsCompleted) throw new ObjectDisposedException(nameof(GroupCommit));
            throw new CommitRefusedException(StatusCodes.Status429TooManyRequests,
                $"More than {_options.MaxPendingEvents} events are waiting to be stored; retry shortly.", _options.RetryAfterBusySeconds);
        }
        try
        {
            return await pending.Done.Task.WaitAsync(_options.CommitDeadline);
        }
        catch (TimeoutException) when (!pending.Done.Task.IsCompleted)
        {
            // Not yet sent: skip it. Already sent: Redis may still apply it, and the sender's retry is then answered
            // 200 duplicate — which is right, nothing counts twice.
            pending.Abandoned = true;
            throw Unavailable($"Redis did not store the event within {_options.CommitDeadline.TotalSeconds:0.#} s.", null);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // RedisTimeoutException is a TimeoutException, not a RedisException; RedisConnectionException is a RedisException.
            // A call that timed out may have been applied all the same: the retry is then a 200 duplicate, which is correct.
            throw Unavailable("Redis did not answer: " + ex.GetType().Name + ".", ex);
        }
    }

    private CommitRefusedException Unavailable(string reason, Exception? inner) =>
        new(StatusCodes.Status503ServiceUnavailable, reason, _options.RetryAfterUnavailableSeconds, inner);

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            await _slots.WaitAsync();
            var batch = new List<Pending>();
            while (batch.Count < MaxBatch && reader.TryRead(out var next))
            {
                if (next.Abandoned) next.Done.TrySetCanceled();
                else batch.Add(next);
            }
            if (batch.Count == 0)
            {
                _slots.Release();
                continue;
            }
            _ = CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        try
        {
            var answers = await _store.ApplyManyAsync(batch.ConvertAll(p => p.Version));
            for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(answers[i]);
        }
        catch (Exception ex)
        {
            // Every waiter hears of the failure and its sender retries. If the call did reach Redis after all, the
            // retry finds the same version stored and is answered 200 duplicate: nothing counts twice.
            LogCommitFailed(_logger, batch.Count, ex.GetType().Name, ex.Message);
            foreach (var pending in batch) pending.Done.TrySetException(ex);
        }
        finally
        {
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        for (var i = 0; i < MaxInFlight; i++) await _slots.WaitAsync();
        _slots.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A group commit of {Count} events failed ({Kind}): {Reason}")]
    private static partial void LogCommitFailed(ILogger logger, int count, string kind, string reason);

    private sealed record Pending(RequestVersion Version)
    {
        public TaskCompletionSource<(string Outcome, long Sequence)> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Its sender was answered 503 already; if not yet sent, don't.</summary>
        public volatile bool Abandoned;
    }
}
