namespace Philly311.Ops.LoadTests.Targets;

/// <summary>
/// The two fields of any hub frame (BoardSnapshot, CounterFrame, BoardHeartbeat) a reader needs:
/// a thousand subscribers deserializing whole boards would measure the generator, not the system.
/// </summary>
internal sealed record FrameMark(DateTimeOffset AsOf, long Sequence);
