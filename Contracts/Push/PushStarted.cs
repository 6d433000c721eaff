namespace Philly311.Ops.Contracts.Push;

/// <summary>The answer to a push request: its id and size, or the field that made it impossible (nothing was started then).</summary>
[GenerateSerializer, Immutable]
public sealed record PushStarted(
    [property: Id(0)] string? PushId,
    [property: Id(1)] int Deliveries,
    [property: Id(2)] string? ErrorField = null,
    [property: Id(3)] string? Error = null)
{
    public bool Started => PushId is not null;

    public static PushStarted Refused(string field, string error) => new(null, 0, field, error);
}
