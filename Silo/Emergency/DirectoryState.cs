using Philly311.Ops.Contracts.Events;

namespace Philly311.Ops.Silo.Emergency;

/// <summary>The directory's grain state: every event's summary, by id.</summary>
[GenerateSerializer]
public sealed class DirectoryState
{
    [Id(0)] public Dictionary<string, EventSummary> Events { get; set; } = [];
}
