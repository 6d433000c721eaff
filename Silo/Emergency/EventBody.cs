using Philly311.Ops.Contracts.Events;

namespace Philly311.Ops.Silo.Emergency;

/// <summary><c>POST /api/events</c>: snake_case JSON; no neighborhoods = city-wide; times ISO 8601 with an offset.</summary>
public sealed record EventBody(
    string? Id,
    EventKind? Kind,
    string? Name,
    string[]? Neighborhoods,
    DateTimeOffset? Start,
    DateTimeOffset? PlannedEnd,
    bool Exercise);
