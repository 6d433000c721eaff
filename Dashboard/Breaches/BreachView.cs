using System.Text.Json.Serialization;
using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Breaches;

/// <summary>What <c>GET /api/breaches</c> answers: the frame this process holds and how far to trust it (frame null while waiting).</summary>
public sealed record BreachView(
    [property: JsonConverter(typeof(JsonStringEnumConverter<FeedState>))] FeedState State, DateTimeOffset? AsOf, DateTimeOffset? LastFrameAt, BreachFrame? Frame);
