namespace Philly311.Ops.Contracts.Push;

/// <summary>A push in one line, for the board's tile: how many of its deliveries have ended, and how.</summary>
[GenerateSerializer, Immutable]
public sealed record PushProgress(
    [property: Id(0)] string PushId,
    [property: Id(1)] bool Exercise,
    [property: Id(2)] StatusCounts Counts,
    [property: Id(3)] DateTimeOffset AsOf)
{
    public bool Completed => Counts.Total > 0 && Counts.Final == Counts.Total;

    public double Fraction => Counts.Total == 0 ? 0 : (double)Counts.Final / Counts.Total;
}
