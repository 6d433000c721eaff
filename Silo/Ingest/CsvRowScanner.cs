using System.Buffers;
using System.IO.Pipelines;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// RFC 4180 records off a pipe, in bounded memory: a field is at most <c>maxField</c> bytes and a record at most
/// <c>maxRow</c> bytes; a longer one is refused alone and skipped to the next line. Quoted fields may hold commas,
/// <c>""</c> and line breaks. A quote that does not close within <c>maxRow</c> bytes or before the body ends is
/// unterminated: that record is refused, and reading resumes on the line after the one the quote opened on, so the
/// rows it would have swallowed are read as rows. Empty lines are skipped; a UTF-8 byte order mark is dropped.
/// </summary>
public sealed class CsvRowScanner(PipeReader reader, int maxField, int maxRow)
{
    private const int FirstWindow = 1024;

    private readonly byte[] _window = new byte[maxRow + 1];
    private readonly CsvRecord _record = new() { Bytes = new byte[maxRow + 1] };
    private bool _skipping;
    private bool _started;
    private bool _done;

    /// <summary>The next record, or null at the end of the body. The record is reused by the next call.</summary>
    public async ValueTask<CsvRecord?> NextAsync(CancellationToken cancellationToken)
    {
        while (!_done)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (!_started)
            {
                if (buffer.Length < 3 && !result.IsCompleted)
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                    continue;
                }
                _started = true;
                if (buffer.Length >= 3 && IsBom(buffer.Slice(0, 3))) buffer = buffer.Slice(3);
            }
            if (_skipping)
            {
                if (buffer.PositionOf((byte)'\n') is { } newline)
                {
                    _skipping = false;
                    buffer = buffer.Slice(buffer.GetPosition(1, newline));
                }
                else
                {
                    buffer = buffer.Slice(buffer.End);
                }
            }

            if (_skipping || buffer.IsEmpty)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted) _done = true;
                continue;
            }

            // Look at a small window first and widen it only for a long record: a typical row is a few hundred bytes.
            var length = (int)Math.Min(buffer.Length, Math.Min(FirstWindow, _window.Length));
            Outcome outcome;
            int consumed;
            while (true)
            {
                ReadOnlySpan<byte> data;
                if (buffer.FirstSpan.Length >= length) data = buffer.FirstSpan[..length];
                else
                {
                    buffer.Slice(0, length).CopyTo(_window);
                    data = _window.AsSpan(0, length);
                }
                outcome = Scan(data, result.IsCompleted && length == buffer.Length, out consumed);
                if (outcome != Outcome.NeedMore || length == buffer.Length || length == _window.Length) break;
                length = (int)Math.Min(Math.Min(buffer.Length, _window.Length), length * 4L);
            }
            if (outcome == Outcome.NeedMore)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }
            reader.AdvanceTo(buffer.GetPosition(consumed));
            if (outcome == Outcome.Empty) continue;
            return _record;
        }
        return null;
    }

    private enum Outcome { NeedMore, Record, Empty }

    private Outcome Scan(ReadOnlySpan<byte> data, bool final, out int consumed)
    {
        _record.Clear();
        var output = _record.Bytes;
        var written = 0;
        var pos = 0;
        var column = 0;
        consumed = 0;
        if (data[0] == '\n') { consumed = 1; return Outcome.Empty; }
        if (data.Length >= 2 && data[0] == '\r' && data[1] == '\n') { consumed = 2; return Outcome.Empty; }

        while (true)
        {
            var start = written;
            var unquotedFrom = written;
            if (pos < data.Length && data[pos] == '"')
            {
                var openedAt = pos++;
                while (true)
                {
                    if (pos == data.Length)
                    {
                        if (!final && data.Length <= maxRow) return Outcome.NeedMore;
                        return Unterminated(data, openedAt, final, out consumed);
                    }
                    var b = data[pos];
                    if (b == '"')
                    {
                        if (pos + 1 == data.Length && !final && data.Length <= maxRow) return Outcome.NeedMore;
                        if (pos + 1 < data.Length && data[pos + 1] == '"')
                        {
                            output[written++] = (byte)'"';
                            pos += 2;
                            continue;
                        }
                        pos++;
                        break;
                    }
                    output[written++] = b;
                    pos++;
                }
                unquotedFrom = written;
                // After the closing quote only a separator or the end of the record may follow.
                if (pos < data.Length && data[pos] is not ((byte)',' or (byte)'\n' or (byte)'\r'))
                {
                    _record.Fail("has text after its closing quote", column);
                }
            }

            // Unquoted text (or what follows a malformed quoted field) up to the next separator.
            while (pos < data.Length && data[pos] is not ((byte)',' or (byte)'\n'))
            {
                output[written++] = data[pos++];
            }
            if (pos == data.Length && !final)
            {
                if (data.Length <= maxRow) return Outcome.NeedMore;
                return TooLong(data, out consumed);
            }

            var end = written;
            // A "\r" kept inside quotes is data; one the sender's line ending put right before "\n" is not.
            if ((pos == data.Length || data[pos] == '\n') && end > unquotedFrom && output[end - 1] == '\r') end--;
            _record.Add(start, end - start);
            if (end - start > maxField) _record.Fail($"is longer than {maxField} bytes", column);

            if (pos < data.Length && data[pos] == ',')
            {
                pos++;
                column++;
                continue;
            }
            consumed = pos < data.Length ? pos + 1 : pos;
            return Outcome.Record;
        }
    }

    private Outcome Unterminated(ReadOnlySpan<byte> data, int openedAt, bool final, out int consumed)
    {
        var next = data[openedAt..].IndexOf((byte)'\n');
        _record.Clear();
        if (next >= 0)
        {
            _record.Fail("has a quote that is never closed; the rows after it are read as rows", -1);
            consumed = openedAt + next + 1;
            return Outcome.Record;
        }
        if (final)
        {
            _record.Fail("has a quote that is never closed", -1);
            consumed = data.Length;
            return Outcome.Record;
        }
        return TooLong(data, out consumed);
    }

    private Outcome TooLong(ReadOnlySpan<byte> data, out int consumed)
    {
        _record.Clear();
        _record.Fail($"is longer than {maxRow} bytes", -1);
        _skipping = true;
        consumed = data.Length;
        return Outcome.Record;
    }

    private static bool IsBom(ReadOnlySequence<byte> first)
    {
        Span<byte> bytes = stackalloc byte[3];
        first.CopyTo(bytes);
        return bytes is [0xEF, 0xBB, 0xBF];
    }
}
