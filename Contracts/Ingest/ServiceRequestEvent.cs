using System.Text.Json.Serialization;

namespace Philly311.Ops.Contracts.Ingest;

/// <summary>
/// One version of a service request, with Open311 GeoReport v2 field names, as POSTed to
/// <c>/api/requests</c> (JSON) or sent line by line to <c>/api/requests/bulk</c> (NDJSON).
/// </summary>
public sealed record ServiceRequestEvent
{
    [JsonPropertyName("service_request_id")] public required string ServiceRequestId { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("service_name")] public string? ServiceName { get; init; }
    [JsonPropertyName("service_code")] public string? ServiceCode { get; init; }
    [JsonPropertyName("agency_responsible")] public string? AgencyResponsible { get; init; }
    [JsonPropertyName("requested_datetime")] public required DateTimeOffset RequestedDatetime { get; init; }
    [JsonPropertyName("updated_datetime")] public DateTimeOffset? UpdatedDatetime { get; init; }
    [JsonPropertyName("expected_datetime")] public DateTimeOffset? ExpectedDatetime { get; init; }
    [JsonPropertyName("closed_datetime")] public DateTimeOffset? ClosedDatetime { get; init; }
    [JsonPropertyName("zipcode")] public string? Zipcode { get; init; }
    [JsonPropertyName("lat")] public double? Lat { get; init; }
    [JsonPropertyName("long")] public double? Long { get; init; }
    [JsonPropertyName("channel")] public string? Channel { get; init; }
}
