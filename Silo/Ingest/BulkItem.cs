namespace Philly311.Ops.Silo.Ingest;

/// <summary>One line of a bulk upload: its raw fields, or why it could not even be read.</summary>
public readonly record struct BulkItem(int Line, RawEvent? Raw, FieldError? Error);
