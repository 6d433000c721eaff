using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Silo.Counters;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// <c>POST /api/requests/bulk</c>: NDJSON or CSV in, one NDJSON answer line per input line out, then totals — always,
/// also when a line is broken, the body ends mid-line or Redis fails. Lines are applied in batches, each one atomic
/// script call; the next batch is read and validated while Redis applies the previous one. Order within the upload is
/// kept (a later version of the same request wins). When a batch can't be stored (Redis away or too slow) its lines
/// are answered <c>failed</c> (retry them, unlike <c>rejected</c>) and the upload stops there.
/// </summary>
public static partial class BulkEndpoint
{
    private const int BatchSize = GroupCommit.MaxBatch;
    private const int MaxBatchesInFlight = 3;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<IResult> HandleAsync(
        HttpContext context, ServiceRequestNormalizer normalizer, CounterStore store, IConnectionMultiplexer redis,
        IOptions<IngestOptions> options, ILoggerFactory loggers)
    {
        var request = context.Request;
        if (!IngestContentType.TryBulk(request.ContentType, out var isCsv))
        {
            return IngestProblems.Invalid(IngestContentType.Refusal(request.ContentType, "application/x-ndjson, application/jsonl or text/csv"),
                StatusCodes.Status415UnsupportedMediaType);
        }
        var settings = options.Value;
        var limit = settings.MaxBulkBytes;
        if (request.ContentLength > limit)
        {
            return IngestProblems.Invalid(new FieldError(FieldNames.Body, $"The body is larger than {limit} bytes."), StatusCodes.Status413PayloadTooLarge);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        if (!redis.IsConnected)
        {
            // Nothing read, nothing applied: the whole upload is refused the way a single event is.
            return IngestProblems.Refused(context, new CommitRefusedException(StatusCodes.Status503ServiceUnavailable,
                "Redis is not reachable.", settings.RetryAfterUnavailableSeconds));
        }

        CsvEventSource? csv = null;
        if (isCsv)
        {
            try
            {
                (csv, var headerError) = await CsvEventSource.OpenAsync(request.BodyReader, settings.MaxFieldBytes, settings.MaxLineBytes, context.RequestAborted);
                if (headerError is not null) return IngestProblems.Invalid(headerError);
            }
            catch (BadHttpRequestException ex)
            {
                return IngestProblems.Invalid(new FieldError(FieldNames.Body, SenderText.Quote(ex.Message)), ex.StatusCode);
            }
        }

        var items = csv?.ReadAsync(context.RequestAborted)
            ?? NdjsonEventSource.ReadAsync(request.BodyReader, settings.MaxLineBytes, context.RequestAborted);
        var run = new BulkRun(context, normalizer, store, settings, loggers.CreateLogger(typeof(BulkEndpoint)));
        await run.StreamAnswersAsync(items);
        return Results.Empty;
    }

    private sealed partial class BulkRun(HttpContext context, ServiceRequestNormalizer normalizer, CounterStore store, IngestOptions options, ILogger logger)
    {
        private readonly HttpResponse _response = context.Response;
        private readonly CancellationToken _aborted = context.RequestAborted;
        private readonly Tally _tally = new();
        private string? _stopped;

        public async Task StreamAnswersAsync(IAsyncEnumerable<BulkItem> items)
        {
            _response.StatusCode = StatusCodes.Status200OK;
            _response.ContentType = "application/x-ndjson";
            var batch = new List<BulkEntry>(BatchSize);
            // Batches whose script call is under way while the next batch is read and validated.
            var inFlight = new Queue<Task>();
            var written = Task.CompletedTask;

            void Flush()
            {
                if (batch.Count == 0) return;
                written = FlushAsync(batch, written);
                inFlight.Enqueue(written);
                batch = new List<BulkEntry>(BatchSize);
            }

            try
            {
                await foreach (var item in items)
                {
                    batch.Add(Validate(item));
                    if (batch.Count < BatchSize) continue;
                    Flush();
                    // Bounded: a fast sender of a 1 GiB upload must not queue the whole body in memory.
                    while (inFlight.Count > MaxBatchesInFlight) await inFlight.Dequeue();
                    // A batch Redis could not store stops the upload: what follows would only fail the same way.
                    if (Volatile.Read(ref _stopped) is not null) break;
                }
            }
            catch (Exception ex) when (ex is BadHttpRequestException or IOException)
            {
                // The body broke off (too large, cut mid-chunk, the client vanished): answer what was read, then say why we stopped.
                _stopped ??= SenderText.Quote(ex.Message);
                Flush();
                await written;
                await TryWriteAsync(new BulkLineResult(0, null, IngestOutcome.Rejected, FieldNames.Body, SenderText.Quote(ex.Message)));
            }
            Flush();
            await written;
            await TryWriteAsync(new BulkTotalsLine(_tally.Lines, _tally.Accepted, _tally.Updated, _tally.Duplicate, _tally.Rejected, _tally.Failed, _tally.Sequence, _stopped));
        }

        private BulkEntry Validate(BulkItem item)
        {
            if (item.Error is not null) return new(item, null, item.Error);
            try
            {
                return normalizer.TryNormalize(item.Raw!, out var version, out var error) ? new(item, version, null) : new(item, null, error);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug must cost one line, not the upload's totals; logged so it is found and fixed.
                LogLineFailed(logger, item.Line, ex);
                return new(item, null, new FieldError(FieldNames.Body, "The line could not be processed."));
            }
        }

        /// <summary>
        /// Sends the batch's valid versions to Redis at once (one atomic script), then — after the previous batch's
        /// answers are out, so lines stay in upload order — writes one answer line per input line.
        /// </summary>
        private async Task FlushAsync(List<BulkEntry> batch, Task previous)
        {
            var versions = new List<RequestVersion>(batch.Count);
            foreach (var entry in batch)
            {
                if (entry.Version is not null) versions.Add(entry.Version);
            }
            var applying = Volatile.Read(ref _stopped) is null
                ? store.ApplyManyAsync(versions).WaitAsync(options.CommitDeadline)
                : Task.FromException<(string, long)[]>(new InvalidOperationException("stopped"));
            await previous;
            (string Outcome, long Sequence)[]? answers = null;
            string? failure = null;
            try
            {
                answers = await applying;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException or InvalidOperationException)
            {
                // Not stored as far as we know (a timed-out call may still be applied: the retry is then answered "duplicate", which is right).
                failure = _stopped ?? $"Redis did not store this batch ({ex.GetType().Name}); send these lines again.";
                Interlocked.CompareExchange(ref _stopped, failure, null);
                if (ex is not InvalidOperationException) LogBatchFailed(logger, batch.Count, ex.GetType().Name, ex.Message);
            }

            var buffer = new MemoryStream();
            var next = 0;
            foreach (var (item, version, error) in batch)
            {
                BulkLineResult line;
                if (version is not null && answers is not null)
                {
                    var (outcome, sequence) = answers[next++];
                    _tally.Count(outcome, sequence);
                    line = new BulkLineResult(item.Line, version.Id, outcome);
                }
                else if (version is not null)
                {
                    _tally.Count(BulkTotalsLine.FailedResult, 0);
                    line = new BulkLineResult(item.Line, version.Id, BulkTotalsLine.FailedResult, "redis", failure);
                }
                else
                {
                    _tally.Count(IngestOutcome.Rejected, 0);
                    line = new BulkLineResult(item.Line, item.Raw?.Id is { } id ? SenderText.Quote(id) : null, IngestOutcome.Rejected, error!.Field, error.Message);
                }
                JsonSerializer.Serialize(buffer, line, Json);
                buffer.WriteByte((byte)'\n');
            }
            await TryWriteRawAsync(buffer);
        }

        private async Task TryWriteAsync<T>(T value)
        {
            var buffer = new MemoryStream();
            JsonSerializer.Serialize(buffer, value, Json);
            buffer.WriteByte((byte)'\n');
            await TryWriteRawAsync(buffer);
        }

        private async Task TryWriteRawAsync(MemoryStream buffer)
        {
            try
            {
                await _response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), _aborted);
                await _response.Body.FlushAsync(_aborted);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException)
            {
                // The sender hung up; there is no one left to answer.
            }
        }

        [LoggerMessage(Level = LogLevel.Error, Message = "Bulk line {Line} could not be processed")]
        private static partial void LogLineFailed(ILogger logger, int line, Exception exception);

        [LoggerMessage(Level = LogLevel.Warning, Message = "A bulk batch of {Count} lines was not stored ({Kind}): {Reason}")]
        private static partial void LogBatchFailed(ILogger logger, int count, string kind, string reason);
    }

    private sealed record BulkEntry(BulkItem Item, RequestVersion? Version, FieldError? Error);

    private sealed class Tally
    {
        public int Lines, Accepted, Updated, Duplicate, Rejected, Failed;
        public long Sequence;

        public void Count(string outcome, long sequence)
        {
            Lines++;
            Sequence = Math.Max(Sequence, sequence);
            switch (outcome)
            {
                case IngestOutcome.Accepted: Accepted++; break;
                case IngestOutcome.Updated: Updated++; break;
                case IngestOutcome.Duplicate: Duplicate++; break;
                case BulkTotalsLine.FailedResult: Failed++; break;
                default: Rejected++; break;
            }
        }
    }
}
