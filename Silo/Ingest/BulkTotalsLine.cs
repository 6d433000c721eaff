namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// The last line of a bulk answer: the contract's totals plus <see cref="Failed"/> (lines not stored because Redis failed:
/// send them again) and, when the upload was cut short, <see cref="Stopped"/> saying why. Every line answered is in
/// <see cref="Lines"/>: accepted + updated + duplicate + rejected + failed.
/// </summary>
public sealed record BulkTotalsLine(int Lines, int Accepted, int Updated, int Duplicate, int Rejected, int Failed, long Sequence, string? Stopped)
{
    public const string FailedResult = "failed";

    public string Result => "totals";
}
