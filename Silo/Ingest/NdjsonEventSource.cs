using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// Streams NDJSON lines off the request body without buffering it whole. A line longer than the limit
/// is refused on its own and skipped, so one bad line can't exhaust memory or sink its neighbours.
/// Lines are numbered as in the body (from 1); blank lines are skipped.
/// </summary>
public static class NdjsonEventSource
{
    public static async IAsyncEnumerable<BulkItem> ReadAsync(
        PipeReader reader, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var line = 0;
        var skipping = false;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            var items = new List<BulkItem>();
            while (buffer.PositionOf((byte)'\n') is { } newline)
            {
                line++;
                var text = buffer.Slice(0, newline);
                buffer = buffer.Slice(buffer.GetPosition(1, newline));
                if (skipping)
                {
                    skipping = false;
                    items.Add(TooLong(line, maxLineBytes));
                }
                else if (Parse(line, text, maxLineBytes) is { } item) items.Add(item);
            }

            if (!skipping && buffer.Length > maxLineBytes)
            {
                // No newline within the limit: drop what we have and everything up to the next newline.
                skipping = true;
                buffer = buffer.Slice(buffer.End);
            }
            else if (skipping) buffer = buffer.Slice(buffer.End);

            if (result.IsCompleted && !buffer.IsEmpty)
            {
                line++;
                if (Parse(line, buffer, maxLineBytes) is { } last) items.Add(last);
                buffer = buffer.Slice(buffer.End);
            }
            else if (result.IsCompleted && skipping)
            {
                line++;
                items.Add(TooLong(line, maxLineBytes));
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
            foreach (var item in items) yield return item;
            if (result.IsCompleted) yield break;
        }
    }

    private static BulkItem? Parse(int line, ReadOnlySequence<byte> text, int maxLineBytes)
    {
        if (text.Length > maxLineBytes) return TooLong(line, maxLineBytes);
        var bytes = text.ToArray().AsMemory();
        if (bytes.Span.Trim(" \t\r"u8).IsEmpty) return null;
        return JsonEventReader.TryRead(bytes, out var raw, out var error)
            ? new BulkItem(line, raw, null)
            : new BulkItem(line, null, error);
    }

    private static BulkItem TooLong(int line, int maxLineBytes) =>
        new(line, null, new FieldError(FieldNames.Body, $"Line is longer than {maxLineBytes} bytes."));
}
