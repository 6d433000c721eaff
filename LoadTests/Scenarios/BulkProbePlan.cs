namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>Bulk replay at full speed: <see cref="Events"/> new requests in NDJSON uploads of <see cref="Batch"/>, <see cref="Parallel"/> at a time.</summary>
internal sealed record BulkProbePlan(int Events, int Batch, int Parallel);
