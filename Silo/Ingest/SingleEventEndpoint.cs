using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Silo.Counters;

namespace Philly311.Ops.Silo.Ingest;

/// <summary><c>POST /api/requests</c>: one event; 202 only once Redis holds it, 200 for a duplicate, 4xx naming the field otherwise.</summary>
public static class SingleEventEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, ServiceRequestNormalizer normalizer, GroupCommit commit, IOptions<IngestOptions> options)
    {
        var request = context.Request;
        if (!IngestContentType.IsJson(request.ContentType))
        {
            return IngestProblems.Invalid(IngestContentType.Refusal(request.ContentType, "application/json"), StatusCodes.Status415UnsupportedMediaType);
        }

        var limit = options.Value.MaxEventBytes;
        if (request.ContentLength > limit) return TooLarge(limit);
        // Kestrel's own limit counts the chunked framing too (a valid 65,000-byte chunked event was refused): the limit on
        // the body's bytes is ours, below, on what the reader hands us. Kestrel's stays as a backstop for framing-only floods.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit * 8 + 4096;

        ReadOnlyMemory<byte> body;
        try
        {
            body = await ReadBodyAsync(request, limit, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }

        if (!JsonEventReader.TryRead(body, out var raw, out var readError)) return IngestProblems.Invalid(readError!);
        if (!normalizer.TryNormalize(raw, out var version, out var error)) return IngestProblems.Invalid(error!);

        string outcome;
        long sequence;
        try
        {
            (outcome, sequence) = await commit.ApplyAsync(version!);
        }
        catch (CommitRefusedException refused)
        {
            return IngestProblems.Refused(context, refused);
        }
        var answer = new IngestAnswer(version!.Id, outcome, sequence);
        return outcome == IngestOutcome.Duplicate
            ? TypedResults.Ok(answer)
            : TypedResults.Accepted($"/api/requests/{Uri.EscapeDataString(version.Id)}", answer);
    }

    private static IResult TooLarge(long limit) => IngestProblems.Invalid(
        new FieldError(FieldNames.Body, $"The body is larger than {limit} bytes."), StatusCodes.Status413PayloadTooLarge);

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
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
                var bytes = result.Buffer.ToArray();
                reader.AdvanceTo(result.Buffer.End);
                return bytes;
            }
            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }
}
