using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Providers;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// Matrix-frame latency at one subscriber, every timestamp from this process's clock (no clock of another process is read):
/// <list type="bullet">
/// <item>a status callback the silo answered <c>applied</c> at t0 with sequence S is on screen at the first frame with
/// Sequence ≥ S (the silo reads the sequence after the move, so that frame shows it);</item>
/// <item>an email the SMTP sink took (its 250 at t0 is the delivery; email has no callback) is on screen when its cell's
/// delivered count first reaches k, k being how many of that cell's emails the sink had taken by t0. The k-th cannot be
/// counted before it happened, so this is never early; with two of a cell's emails in flight it can be late: it errs long.</item>
/// </list>
/// Both are <see cref="GlassTracker"/>s fed in time order (one per cell for email), so a frame that outran the answer counts 0.
/// </summary>
internal static class MatrixLatency
{
    public static MatrixLatencyResult Measure(IEnumerable<CallbackAnswer> answers, IEnumerable<SmtpAcceptance> acceptances, IReadOnlyList<MatrixMark> frames)
    {
        var applied = answers.Where(a => a.Applied && a.Sequence is not null).ToList();
        // A resend the sink took again is not a new delivery: each message counts once, at its first 250.
        var emails = acceptances.Where(e => MatrixCellKey.OfKey(e.MessageId) is not null).GroupBy(e => e.MessageId, StringComparer.Ordinal)
            .Select(g => g.MinBy(e => e.AcceptedAt)!).ToList();
        var (callbackRecorder, emailRecorder, all) = (new LatencyRecorder(), new LatencyRecorder(), new LatencyRecorder());
        var (callbacksPending, emailsPending) = Feed(applied, emails, frames, callbackRecorder, emailRecorder);
        Feed(applied, emails, frames, all, all);
        return new MatrixLatencyResult(callbackRecorder.Total(), emailRecorder.Total(), all.Total(), callbacksPending, emailsPending, frames.Count);
    }

    private static (long Callbacks, long Emails) Feed(
        List<CallbackAnswer> applied, List<SmtpAcceptance> emails, IReadOnlyList<MatrixMark> frames, LatencyRecorder callbacks, LatencyRecorder mail)
    {
        var bySequence = new GlassTracker(callbacks);
        var byCell = new Dictionary<string, GlassTracker>(StringComparer.Ordinal);
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        var events = new List<(long At, int Order, Action Feed)>();
        foreach (var a in applied) events.Add((a.AnsweredAt, 0, () => bySequence.OnAck(a.Sequence!.Value, a.AnsweredAt)));
        foreach (var e in emails)
        {
            var cell = MatrixCellKey.OfKey(e.MessageId)!;
            events.Add((e.AcceptedAt, 0, () => Cell(cell).OnAck(taken[cell] = taken.GetValueOrDefault(cell) + 1, e.AcceptedAt)));
        }
        foreach (var f in frames)
        {
            events.Add((f.At, 1, () =>
            {
                bySequence.OnFrame(f.Sequence, f.At);
                foreach (var (cell, delivered) in f.Delivered) Cell(cell).OnFrame(delivered, f.At);
            }));
        }
        foreach (var e in events.OrderBy(e => e.At).ThenBy(e => e.Order)) e.Feed();
        return (bySequence.Pending, byCell.Values.Sum(t => t.Pending));

        GlassTracker Cell(string cell)
        {
            if (!byCell.TryGetValue(cell, out var tracker)) byCell[cell] = tracker = new GlassTracker(mail);
            return tracker;
        }
    }
}
