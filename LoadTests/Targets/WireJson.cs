using System.Text.Json;
using System.Text.Json.Serialization;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Targets;

/// <summary>
/// Source-generated JSON for everything on the wire: no reflection on the hot path of the generator,
/// which shares two cores with the system it measures. Web defaults match the silo's camelCase answers;
/// the request event carries its own Open311 names.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ServiceRequestEvent))]
[JsonSerializable(typeof(IngestAnswer))]
[JsonSerializable(typeof(BulkLineResult))]
[JsonSerializable(typeof(BoardSnapshot))]
[JsonSerializable(typeof(FrameMark))]
[JsonSerializable(typeof(QueueMark))]
[JsonSerializable(typeof(ProblemBody))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
internal sealed partial class WireJson : JsonSerializerContext;
