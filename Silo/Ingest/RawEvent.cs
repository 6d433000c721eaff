namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// The fields of one event as text, exactly as they arrived (JSON or CSV), before validation.
/// Keeping one text form lets JSON and CSV share every rule after the parse.
/// </summary>
public sealed record RawEvent
{
    public string? Id { get; init; }
    public string? Status { get; init; }
    public string? ServiceName { get; init; }
    public string? ServiceCode { get; init; }
    public string? Agency { get; init; }
    public string? Requested { get; init; }
    public string? Updated { get; init; }
    public string? Expected { get; init; }
    public string? Closed { get; init; }
    public string? Zipcode { get; init; }
    public string? Lat { get; init; }
    public string? Long { get; init; }
    public string? Channel { get; init; }

    /// <summary>The field name the longitude came in ("long" per Open311, or "lon" as in the city's CSV), so errors name what the sender wrote.</summary>
    public string LongField { get; init; } = FieldNames.Long;
}
