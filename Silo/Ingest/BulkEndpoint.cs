using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Silo.Counters;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// <c>POST /api/requests/bulk</c>: NDJSON or CSV in, one NDJSON answer line per input line out, then totals.
/// Lines are applied in batches, each one atomic script call; the next batch is read and validated while
/// Redis applies the previous one. Order within the upload is kept (a later version of the same request wins).
/// </summary>
public static class BulkEndpoint
{
    private const int BatchSize = GroupCommit.MaxBatch;
    private const int MaxBatchesInFlight = 3;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<IResult> HandleAsync(
        HttpContext context, ServiceRequestNormalizer normalizer, CounterStore store, IOptions<IngestOptions> options)
    {
        var request = context.Request;
        var isCsv = request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true;
        var isNdjson = request.ContentType is { } type &&
            (type.StartsWith("application/x-ndjson", StringComparison.OrdinalIgnoreCase) ||
             type.StartsWith("application/jsonl", StringComparison.OrdinalIgnoreCase));
        if (!isCsv && !isNdjson)
        {
            return IngestProblems.Invalid(new FieldError("Content-Type",
                $"Content-Type must be application/x-ndjson or text/csv, not '{request.ContentType}'."), StatusCodes.Status415UnsupportedMediaType);
        }
        var limit = options.Value.MaxBulkBytes;
        if (request.ContentLength > limit)
        {
            return IngestProblems.Invalid(new FieldError(FieldNames.Body, $"The body is larger than {limit} bytes."), StatusCodes.Status413PayloadTooLarge);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;

        CsvEventSource? csv = null;
        if (isCsv)
        {
            (csv, var headerError) = await CsvEventSource.OpenAsync(request.Body, context.RequestAborted);
            if (headerError is not null) return IngestProblems.Invalid(headerError);
        }

        await using (csv)
        {
            var items = csv?.ReadAsync(context.RequestAborted)
                ?? NdjsonEventSource.ReadAsync(request.BodyReader, options.Value.MaxLineBytes, context.RequestAborted);
            await StreamAnswersAsync(context, items, normalizer, store);
        }
        return Results.Empty;
    }

    private static async Task StreamAnswersAsync(
        HttpContext context, IAsyncEnumerable<BulkItem> items, ServiceRequestNormalizer normalizer, CounterStore store)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/x-ndjson";
        var tally = new Tally();
        var batch = new List<BulkEntry>(BatchSize);
        // Batches whose script call is under way while the next batch is read and validated.
        var inFlight = new Queue<Task>();
        var written = Task.CompletedTask;

        void Flush()
        {
            if (batch.Count == 0) return;
            written = FlushAsync(response, batch, store, tally, written, context.RequestAborted);
            inFlight.Enqueue(written);
            batch = new List<BulkEntry>(BatchSize);
        }

        try
        {
            await foreach (var item in items)
            {
                if (item.Error is not null) batch.Add(new(item, null, item.Error));
                else if (normalizer.TryNormalize(item.Raw!, out var version, out var error)) batch.Add(new(item, version, null));
                else batch.Add(new(item, null, error));
                if (batch.Count < BatchSize) continue;
                Flush();
                // Bounded: a fast sender of a 1 GiB upload must not queue the whole body in memory.
                while (inFlight.Count > MaxBatchesInFlight) await inFlight.Dequeue();
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or CsvHelper.CsvFormatException)
        {
            // The body broke off (too large, malformed CSV quoting, the client vanished): answer what was applied, then say why we stopped.
            Flush();
            await written;
            await WriteLineAsync(response, new BulkLineResult(0, null, IngestOutcome.Rejected, FieldNames.Body, ex.Message), context.RequestAborted);
        }
        Flush();
        await written;
        await WriteLineAsync(response, new BulkTotals(tally.Lines, tally.Accepted, tally.Updated, tally.Duplicate, tally.Rejected, tally.Sequence), context.RequestAborted);
    }

    /// <summary>
    /// Sends the batch's valid versions to Redis at once (one atomic script), then — after the previous batch's
    /// answers are out, so lines stay in upload order — writes one answer line per input line.
    /// </summary>
    private static async Task FlushAsync(
        HttpResponse response, List<BulkEntry> batch, CounterStore store, Tally tally, Task previous, CancellationToken cancellationToken)
    {
        var versions = new List<RequestVersion>(batch.Count);
        foreach (var entry in batch)
        {
            if (entry.Version is not null) versions.Add(entry.Version);
        }
        var applying = store.ApplyManyAsync(versions);
        await previous;
        var answers = await applying;
        var buffer = new MemoryStream();
        var next = 0;
        foreach (var (item, version, error) in batch)
        {
            BulkLineResult line;
            if (version is not null)
            {
                var (outcome, sequence) = answers[next++];
                tally.Count(outcome, sequence);
                line = new BulkLineResult(item.Line, version.Id, outcome);
            }
            else
            {
                tally.Count(IngestOutcome.Rejected, 0);
                line = new BulkLineResult(item.Line, item.Raw?.Id, IngestOutcome.Rejected, error!.Field, error.Message);
            }
            JsonSerializer.Serialize(buffer, line, Json);
            buffer.WriteByte((byte)'\n');
        }
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private sealed record BulkEntry(BulkItem Item, RequestVersion? Version, FieldError? Error);

    private static async Task WriteLineAsync<T>(HttpResponse response, T value, CancellationToken cancellationToken)
    {
        await JsonSerializer.SerializeAsync(response.Body, value, Json, cancellationToken);
        await response.Body.WriteAsync("\n"u8.ToArray(), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private sealed class Tally
    {
        public int Lines, Accepted, Updated, Duplicate, Rejected;
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
                default: Rejected++; break;
            }
        }
    }
}
