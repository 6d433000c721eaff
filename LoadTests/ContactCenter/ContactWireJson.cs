using System.Text.Json.Serialization;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>Source-generated snake_case JSON of the contact and agent-state wire contract.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ContactEvent))]
[JsonSerializable(typeof(AgentStateEvent))]
internal sealed partial class ContactWireJson : JsonSerializerContext;
