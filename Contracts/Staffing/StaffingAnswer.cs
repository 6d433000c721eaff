using System.Text.Json.Serialization;

namespace Philly311.Ops.Contracts.Staffing;

/// <summary>The answer of <c>GET /api/staffing/erlang-c</c>.</summary>
public sealed record StaffingAnswer(
    [property: JsonPropertyName("agents")] int Agents,
    [property: JsonPropertyName("service_level")] double ServiceLevel,
    [property: JsonPropertyName("probability_of_waiting")] double ProbabilityOfWaiting,
    [property: JsonPropertyName("asa_seconds")] double AsaSeconds,
    [property: JsonPropertyName("traffic_erlangs")] double TrafficErlangs,
    [property: JsonPropertyName("occupancy")] double Occupancy);
