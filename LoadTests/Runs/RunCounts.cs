namespace Philly311.Ops.LoadTests.Runs;

/// <summary>Final counts, in events. <see cref="NotAvailable"/> arrivals were never sent (the target lacks the endpoint).</summary>
internal sealed record RunCounts(
    long Sent, long Accepted, long Updated, long Duplicate, long Rejected, long Failed, long NotAvailable,
    IReadOnlyDictionary<string, long> Errors, IReadOnlyDictionary<string, long> NotAvailableByKind)
{
    public long Acknowledged => Accepted + Updated + Duplicate;

    /// <summary>
    /// New service requests among <see cref="Accepted"/>: what the city's received total must move by. Contact and agent
    /// events are accepted too but are no requests; null (older reports, stand-ins) means every accepted event was one.
    /// </summary>
    public long? AcceptedRequests { get; init; }

    public long ErrorCount => Rejected + Failed;
}
