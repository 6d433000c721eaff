using Philly311.Ops.Contracts.Events;

namespace Philly311.Ops.Silo.Emergency;

/// <summary>An event's grain state (Orleans persistence, Redis): the declaration, the timeline and its pushes.</summary>
[GenerateSerializer]
public sealed class EventState
{
    [Id(0)] public EventStatus Status { get; set; }

    [Id(1)] public EventDeclaration? Declaration { get; set; }

    [Id(2)] public DateTimeOffset? ClosedAt { get; set; }

    [Id(3)] public List<TimelineEntry> Timeline { get; set; } = [];

    [Id(4)] public List<string> PushIds { get; set; } = [];

    [Id(5)] public int Version { get; set; }
}
