namespace Philly311.Ops.Contracts.Queues;

/// <summary>One 15-minute slot of the city day (0–95): contacts offered, answered and abandoned in it.</summary>
[GenerateSerializer, Immutable]
public sealed record QueueQuarter(
    [property: Id(0)] int Slot,
    [property: Id(1)] long Offered,
    [property: Id(2)] long Answered,
    [property: Id(3)] long Abandoned);
