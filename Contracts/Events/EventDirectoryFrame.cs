namespace Philly311.Ops.Contracts.Events;

/// <summary>Every event the city has declared, newest first, as of <see cref="AsOf"/>. Active ones come first.</summary>
[GenerateSerializer, Immutable]
public sealed record EventDirectoryFrame(
    [property: Id(0)] DateTimeOffset AsOf,
    [property: Id(1)] EventSummary[] Events)
{
    public EventSummary? Active => Events.FirstOrDefault(e => e.Status == EventStatus.Active);
}
