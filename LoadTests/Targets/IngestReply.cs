namespace Philly311.Ops.LoadTests.Targets;

/// <summary>What one POST came back with. <see cref="ErrorKind"/> groups failures in the report ("400 zipcode", "timeout").</summary>
internal readonly record struct IngestReply(IngestStatus Status, long Sequence, string? ErrorKind)
{
    public bool Acknowledged => Status is IngestStatus.Accepted or IngestStatus.Updated or IngestStatus.Duplicate;
}
