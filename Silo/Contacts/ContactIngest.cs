using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Philly311.Ops.Contracts.Contacts;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Ingest;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// The single and bulk endpoints of one event kind (contacts, agent states), with request ingest's rules: content types
/// matched exactly (<see cref="IngestContentType"/>), size limits, RFC 7807 naming the field (<see cref="IngestProblems"/>),
/// the 2xx only after the atomic script, 503 + Retry-After when Redis can't store in time (<see cref="IngestOptions.CommitDeadline"/>).
/// A bulk upload answers one NDJSON line per input line and always ends with <see cref="ContactBulkTotals"/>.
/// </summary>
public sealed class ContactIngest<T>(
    string path, Func<ReadOnlyMemory<byte>, (T? Event, FieldError? Error)> validate,
    Func<IReadOnlyList<T>, Task<ContactResult[]>> commit, Func<T, string> idOf, IngestOptions options) where T : class
{
    private const int BatchSize = GroupCommit.MaxBatch;
    private const int MaxBatchesInFlight = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public async Task<IResult> SingleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IngestContentType.IsJson(request.ContentType))
            return IngestProblems.Invalid(IngestContentType.Refusal(request.ContentType, "application/json"), StatusCodes.Status415UnsupportedMediaType);
        var limit = options.MaxEventBytes;
        if (request.ContentLength > limit) return TooLarge(limit);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit * 8 + 4096;
        byte[] body;
        try
        {
            body = await ReadBodyAsync(request, limit, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }

        var (e, error) = validate(body);
        if (error is not null) return IngestProblems.Invalid(error);
        ContactResult answer;
        try
        {
            answer = (await commit([e!]).WaitAsync(options.CommitDeadline))[0];
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // A call that timed out may still be applied: the retry is then a 200 duplicate, which is right.
            return IngestProblems.Refused(context, new CommitRefusedException(StatusCodes.Status503ServiceUnavailable,
                $"Redis did not store the event ({ex.GetType().Name}); send it again.", options.RetryAfterUnavailableSeconds, ex));
        }
        if (answer.Refusal is { } refused)
        {
            return IngestProblems.Invalid(refused, refused.Field == ContactFields.Channel ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
        }
        var body200 = new ContactAnswer(idOf(e!), answer.Outcome, answer.Sequence);
        return answer.Outcome == ContactOutcome.Accepted ? TypedResults.Accepted(path, body200) : TypedResults.Ok(body200);
    }

    public async Task<IResult> BulkAsync(HttpContext context, IConnectionMultiplexer redis)
    {
        var request = context.Request;
        if (!IngestContentType.TryBulk(request.ContentType, out var isCsv) || isCsv)
        {
            return IngestProblems.Invalid(IngestContentType.Refusal(request.ContentType, "application/x-ndjson or application/jsonl"), StatusCodes.Status415UnsupportedMediaType);
        }
        if (request.ContentLength > options.MaxBulkBytes)
            return IngestProblems.Invalid(new FieldError(FieldNames.Body, $"The body is larger than {options.MaxBulkBytes} bytes."), StatusCodes.Status413PayloadTooLarge);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = options.MaxBulkBytes;
        if (!redis.IsConnected)
        {
            return IngestProblems.Refused(context, new CommitRefusedException(StatusCodes.Status503ServiceUnavailable,
                "Redis is not reachable.", options.RetryAfterUnavailableSeconds));
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/x-ndjson";
        var tally = new int[6];
        long sequence = 0;
        string? stopped = null;
        var batch = new List<(int Line, T? Event, FieldError? Error)>(BatchSize);
        // Batches whose script runs while the next one is read and validated; answers still go out in upload order.
        var inFlight = new Queue<Task>();
        var written = Task.CompletedTask;

        async Task FlushAsync(List<(int Line, T? Event, FieldError? Error)> lines, Task previous)
        {
            var valid = lines.Where(b => b.Event is not null).Select(b => b.Event!).ToList();
            var applying = Volatile.Read(ref stopped) is null && valid.Count > 0 ? commit(valid).WaitAsync(options.CommitDeadline) : null;
            await previous;
            ContactResult[]? results = null;
            if (applying is not null)
            {
                try
                {
                    results = await applying;
                }
                catch (Exception ex) when (ex is RedisException or TimeoutException)
                {
                    Interlocked.CompareExchange(ref stopped, $"Redis did not store this batch ({ex.GetType().Name}); send these lines again.", null);
                }
            }
            var buffer = new MemoryStream();
            var next = 0;
            foreach (var (line, e, error) in lines)
            {
                BulkLineResult answer;
                if (e is null)
                {
                    tally[4]++;
                    answer = new BulkLineResult(line, null, ContactOutcome.Rejected, error!.Field, error.Message);
                }
                else if (results is null)
                {
                    tally[5]++;
                    answer = new BulkLineResult(line, idOf(e), BulkTotalsLine.FailedResult, "redis", stopped);
                }
                else
                {
                    var result = results[next++];
                    sequence = Math.Max(sequence, result.Sequence);
                    tally[result.Outcome switch
                    {
                        ContactOutcome.Accepted => 0,
                        ContactOutcome.Duplicate => 1,
                        ContactOutcome.Ignored => 2,
                        ContactOutcome.Stale => 3,
                        _ => 4,
                    }]++;
                    answer = new BulkLineResult(line, idOf(e), result.Outcome, result.Refusal?.Field, result.Refusal?.Message);
                }
                JsonSerializer.Serialize(buffer, answer, Json);
                buffer.WriteByte((byte)'\n');
            }
            await WriteAsync(response, buffer, context.RequestAborted);
        }

        void Flush()
        {
            if (batch.Count == 0) return;
            written = FlushAsync(batch, written);
            inFlight.Enqueue(written);
            batch = new List<(int Line, T? Event, FieldError? Error)>(BatchSize);
        }

        try
        {
            await foreach (var line in NdjsonLines.ReadAsync(request.BodyReader, options.MaxLineBytes, context.RequestAborted))
            {
                if (line.Error is not null) batch.Add((line.Number, null, line.Error));
                else
                {
                    var (e, error) = validate(line.Bytes);
                    batch.Add((line.Number, e, error));
                }
                if (batch.Count < BatchSize) continue;
                Flush();
                // Bounded: a fast sender of a huge upload must not queue the whole body in memory.
                while (inFlight.Count > MaxBatchesInFlight) await inFlight.Dequeue();
                if (Volatile.Read(ref stopped) is not null) break;
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            // The body broke off: answer what was read, then say why we stopped.
            Interlocked.CompareExchange(ref stopped, SenderText.Quote(ex.Message), null);
        }
        Flush();
        await written;
        var totals = new ContactBulkTotals(tally.Sum(), tally[0], tally[1], tally[2], tally[3], tally[4], tally[5], sequence, stopped);
        var end = new MemoryStream();
        JsonSerializer.Serialize(end, totals, Json);
        end.WriteByte((byte)'\n');
        await WriteAsync(response, end, context.RequestAborted);
        return Results.Empty;
    }

    private static async Task WriteAsync(HttpResponse response, MemoryStream buffer, CancellationToken aborted)
    {
        try
        {
            await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), aborted);
            await response.Body.FlushAsync(aborted);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // The sender hung up; there is no one left to answer.
        }
    }

    private static IResult TooLarge(long limit) =>
        IngestProblems.Invalid(new FieldError(FieldNames.Body, $"The body is larger than {limit} bytes."), StatusCodes.Status413PayloadTooLarge);

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            if (result.Buffer.Length > limit)
            {
                reader.AdvanceTo(result.Buffer.End);
                throw new BadHttpRequestException("Body too large", StatusCodes.Status413PayloadTooLarge);
            }
            if (result.IsCompleted)
            {
                var bytes = System.Buffers.BuffersExtensions.ToArray(result.Buffer);
                reader.AdvanceTo(result.Buffer.End);
                return bytes;
            }
            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }
}
