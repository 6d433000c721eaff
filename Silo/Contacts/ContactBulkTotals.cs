namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// The last line of a contact or agent bulk answer. Every line answered is in <see cref="Lines"/>: accepted + duplicate +
/// ignored + stale + rejected + failed (not stored because Redis failed: send them again); <see cref="Stopped"/> says why an upload was cut short.
/// </summary>
public sealed record ContactBulkTotals(int Lines, int Accepted, int Duplicate, int Ignored, int Stale, int Rejected, int Failed, long Sequence, string? Stopped)
{
    public string Result => "totals";
}
