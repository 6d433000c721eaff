namespace Philly311.Ops.LoadTests.Targets;

internal enum IngestStatus
{
    Accepted,
    Updated,
    Duplicate,
    Rejected,
    Failed,
    NotAvailable,
}
