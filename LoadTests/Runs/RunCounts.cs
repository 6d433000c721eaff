namespace Philly311.Ops.LoadTests.Runs;

/// <summary>Final counts, in events. <see cref="NotAvailable"/> arrivals were never sent (the target lacks the endpoint).</summary>
internal sealed record RunCounts(
    long Sent, long Accepted, long Updated, long Duplicate, long Rejected, long Failed, long NotAvailable,
    IReadOnlyDictionary<string, long> Errors, IReadOnlyDictionary<string, long> NotAvailableByKind)
{
    public long Acknowledged => Accepted + Updated + Duplicate;

    public long ErrorCount => Rejected + Failed;
}
