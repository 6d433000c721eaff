namespace Philly311.Ops.Contracts.Ingest;

/// <summary>One line of a bulk answer (NDJSON). <see cref="Line"/> counts data lines from 1, the CSV header excluded.</summary>
public sealed record BulkLineResult(int Line, string? Id, string Result, string? Field = null, string? Reason = null);
