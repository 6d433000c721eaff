namespace Philly311.Ops.Silo.Queues;

/// <summary>
/// What one contact or agent commit changed in one queue figure: its new <see cref="Version"/> and the new absolute value
/// of each changed field (<c>{day}|{counter}</c>, <c>{day}|{counter}@{slot}</c>, <c>ag|{state}</c>). <see cref="Waiting"/> and
/// <see cref="OldestMs"/> are the waiting set after the commit (−1: not touched by it; oldest −1 with waiting 0: nobody waits).
/// Absolute, not deltas: applying a change twice or late can't add anything up wrong.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueChange(
    [property: Id(0)] string Key,
    [property: Id(1)] long Version,
    [property: Id(2)] long Sequence,
    [property: Id(3)] long Waiting,
    [property: Id(4)] long OldestMs,
    [property: Id(5)] string[] Fields,
    [property: Id(6)] long[] Values);
