using System.Text.Json.Serialization;

namespace Philly311.Ops.Contracts.Contacts;

/// <summary>Body of a 200/202 answer to <c>POST /api/contacts</c> or <c>/api/agents/state</c>; <see cref="Id"/> is the event id or the agent id.</summary>
public sealed record ContactAnswer(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("result")] string Result,
    [property: JsonPropertyName("sequence")] long Sequence);
