using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// The lines of an NDJSON body, streamed without buffering it whole, numbered from 1 as in the body; blank lines skipped.
/// A line over the limit is answered alone (and skipped to its newline), as <see cref="NdjsonEventSource"/> does for requests.
/// </summary>
public static class NdjsonLines
{
    public readonly record struct Line(int Number, ReadOnlyMemory<byte> Bytes, FieldError? Error);

    public static async IAsyncEnumerable<Line> ReadAsync(PipeReader reader, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        var skipping = false;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            var lines = new List<Line>();
            while (buffer.PositionOf((byte)'\n') is { } newline)
            {
                number++;
                var text = buffer.Slice(0, newline);
                buffer = buffer.Slice(buffer.GetPosition(1, newline));
                if (skipping)
                {
                    skipping = false;
                    lines.Add(TooLong(number, maxLineBytes));
                }
                else if (Take(number, text, maxLineBytes) is { } line) lines.Add(line);
            }
            if (buffer.Length > maxLineBytes || skipping)
            {
                skipping = true;
                buffer = buffer.Slice(buffer.End);
            }
            if (result.IsCompleted)
            {
                if (skipping) lines.Add(TooLong(++number, maxLineBytes));
                else if (!buffer.IsEmpty && Take(++number, buffer, maxLineBytes) is { } last) lines.Add(last);
                buffer = buffer.Slice(buffer.End);
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
            foreach (var line in lines) yield return line;
            if (result.IsCompleted) yield break;
        }
    }

    private static Line? Take(int number, ReadOnlySequence<byte> text, int maxLineBytes)
    {
        if (text.Length > maxLineBytes) return TooLong(number, maxLineBytes);
        var bytes = text.ToArray();
        return bytes.AsSpan().Trim(" \t\r"u8).IsEmpty ? null : new Line(number, bytes, null);
    }

    private static Line TooLong(int number, int maxLineBytes) =>
        new(number, default, new FieldError(FieldNames.Body, $"Line is longer than {maxLineBytes} bytes."));
}
