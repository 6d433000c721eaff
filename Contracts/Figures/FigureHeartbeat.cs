namespace Philly311.Ops.Contracts.Figures;

/// <summary>
/// "Nothing changed in <see cref="Key"/> as of <see cref="AsOf"/>": a figure or list grain sends it about once a second
/// while quiet, so a screen can tell a quiet city from a dead feed. <see cref="Sequence"/> is the one of the last frame.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FigureHeartbeat(
    [property: Id(0)] string Key,
    [property: Id(1)] DateTimeOffset AsOf,
    [property: Id(2)] long Sequence);
