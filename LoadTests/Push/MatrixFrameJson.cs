using System.Text.Json;
using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// Reads what a matrix subscriber needs out of a push frame's JSON: sequence, per-cell delivered counts, totals. Names are
/// matched without regard to case or underscores, and a channel may come as its name or its number, so the hub's and the
/// REST API's spellings both read.
/// </summary>
internal static class MatrixFrameJson
{
    public static MatrixMark? Read(JsonElement frame, long at)
    {
        if (frame.ValueKind != JsonValueKind.Object || Get(frame, "sequence") is not { } s || !s.TryGetInt64(out var sequence)) return null;
        var delivered = new Dictionary<string, int>(StringComparer.Ordinal);
        if (Get(frame, "cells") is { ValueKind: JsonValueKind.Array } cells)
        {
            foreach (var cell in cells.EnumerateArray())
            {
                if (Get(cell, "language")?.GetString() is not { } language || Channel(Get(cell, "channel")) is not { } channel) continue;
                delivered[MatrixCellKey.Of(language, channel)] = Count(Get(cell, "counts"), "delivered");
            }
        }
        var totals = Get(frame, "totals");
        var final = Count(totals, "delivered") + Count(totals, "failedPermanent") + Count(totals, "cancelled");
        var total = new[] { "queued", "sending", "delivered", "failedTemporary", "retrying", "failedPermanent", "cancelled" }.Sum(n => Count(totals, n));
        return new MatrixMark(at, sequence, delivered, final, total);
    }

    private static string? Channel(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt32(out var n) && Enum.IsDefined((PushChannel)n) => ((PushChannel)n).ToString(),
        _ => null,
    };

    private static int Count(JsonElement? counts, string name) =>
        counts is { ValueKind: JsonValueKind.Object } c && Get(c, name) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var n) ? n : 0;

    private static JsonElement? Get(JsonElement obj, string name)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (string.Equals(p.Name.Replace("_", "", StringComparison.Ordinal), name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        }
        return null;
    }
}
