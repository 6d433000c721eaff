namespace Philly311.Ops.Contracts.Ingest;

/// <summary>Body of a 200/202 answer to a single-event POST. <see cref="Sequence"/> is the ingest sequence after this event.</summary>
public sealed record IngestAnswer(string Id, string Result, long Sequence);
