namespace Philly311.Ops.Silo.Ingest;

/// <summary>Why an event was refused, naming the offending field.</summary>
public sealed record FieldError(string Field, string Message);
