using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// Matrix-frame latencies (ms) of one push at one subscriber: after a status callback, after an email's SMTP 250, and both
/// together; what never showed on a frame (pending at the end); how many frames came.
/// </summary>
internal sealed record MatrixLatencyResult(
    LatencySummary Callbacks, LatencySummary Emails, LatencySummary All, long CallbacksNeverShown, long EmailsNeverShown, int Frames)
{
    public const double P99BudgetMs = 250;

    public bool Pass => All.Count > 0 && CallbacksNeverShown == 0 && EmailsNeverShown == 0 && All.P99 <= P99BudgetMs;
}
