namespace Philly311.Ops.Contracts.Ingest;

/// <summary>The last line of a bulk answer.</summary>
public sealed record BulkTotals(int Lines, int Accepted, int Updated, int Duplicate, int Rejected, long Sequence)
{
    public string Result => "totals";
}
