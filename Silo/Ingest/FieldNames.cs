namespace Philly311.Ops.Silo.Ingest;

/// <summary>Open311 GeoReport v2 field names, as the wire and every problem body spell them.</summary>
public static class FieldNames
{
    public const string Id = "service_request_id";
    public const string Status = "status";
    public const string ServiceName = "service_name";
    public const string ServiceCode = "service_code";
    public const string Agency = "agency_responsible";
    public const string Requested = "requested_datetime";
    public const string Updated = "updated_datetime";
    public const string Expected = "expected_datetime";
    public const string Closed = "closed_datetime";
    public const string Zipcode = "zipcode";
    public const string Lat = "lat";
    public const string Long = "long";
    public const string Lon = "lon";
    public const string Channel = "channel";
    public const string Body = "body";
}
