namespace Philly311.Ops.Contracts.Push;

/// <summary>
/// The live matrix of one push: language × channel counts per status, the totals, and the failure reasons. Every frame
/// carries <see cref="AsOf"/>; a quiet push sends heartbeats so a screen can tell quiet from stale.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PushFrame(
    [property: Id(0)] string PushId,
    [property: Id(1)] string EventId,
    [property: Id(2)] bool Exercise,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] string RequestedBy,
    [property: Id(5)] string[] Languages,
    [property: Id(6)] PushChannel[] Channels,
    [property: Id(7)] MatrixCell[] Cells,
    [property: Id(8)] StatusCounts Totals,
    [property: Id(9)] FailureReason[] Failures,
    [property: Id(10)] long Sequence,
    [property: Id(11)] DateTimeOffset AsOf)
{
    public PushProgress Progress => new(PushId, Exercise, Totals, AsOf);

    public StatusCounts CountsOf(string language, PushChannel channel) =>
        Cells.FirstOrDefault(c => c.Language == language && c.Channel == channel)?.Counts ?? StatusCounts.Empty;
}
