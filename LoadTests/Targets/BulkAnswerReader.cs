using System.Text.Json;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Targets;

/// <summary>
/// Tallies a streamed bulk answer: one NDJSON line per input line, a line 0 when the upload broke off, then totals.
/// Input lines that got no answer line count as failed, under the reason the silo gave if it gave one; so do lines
/// answered "failed" (not stored because Redis failed: send them again). The contact and agent-state answers "ignored"
/// and "stale" (stored or older, nothing counted) acknowledge the line like "duplicate".
/// </summary>
internal static class BulkAnswerReader
{
    public static async Task TallyAsync(Stream answer, int lines, BulkReply reply, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(answer);
        var answered = 0;
        var notStored = 0;
        string? brokeOff = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0 || Read(line) is not { } result) continue;
            if (result.Result == "totals")
            {
                reply.Sequence = ReadSequence(line);
                continue;
            }
            if (result.Line == 0)
            {
                brokeOff = result.Reason;
                continue;
            }
            answered++;
            switch (result.Result)
            {
                case IngestOutcome.Accepted: reply.Accepted++; break;
                case IngestOutcome.Updated: reply.Updated++; break;
                case IngestOutcome.Duplicate or "ignored" or "stale": reply.Duplicate++; break;
                case "failed":
                    notStored++;
                    reply.AddError("bulk line not stored: " + (result.Reason ?? result.Field ?? "failed"), 1);
                    break;
                default:
                    reply.Rejected++;
                    reply.AddError("bulk line " + (result.Field ?? "rejected"), 1);
                    break;
            }
        }
        if (answered < lines) reply.AddError(brokeOff is null ? "bulk line without answer" : "bulk broke off: " + brokeOff, lines - answered);
        reply.Failed = Math.Max(0, lines - answered) + notStored;
    }

    private static BulkLineResult? Read(string line)
    {
        try { return JsonSerializer.Deserialize(line, WireJson.Default.BulkLineResult); }
        catch (JsonException) { return null; }
    }

    private static long ReadSequence(string totalsLine)
    {
        using var doc = JsonDocument.Parse(totalsLine);
        return doc.RootElement.TryGetProperty("sequence", out var s) && s.TryGetInt64(out var value) ? value : 0;
    }
}
