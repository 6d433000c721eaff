using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Contracts.Figures;

/// <summary>
/// The table of one dimension (every department, every neighborhood ...), ordered by received, most first.
/// <see cref="Sequence"/>: every acknowledged event with a sequence ≤ it is in these numbers.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FigureListFrame(
    [property: Id(0)] string Dimension,
    [property: Id(1)] DateTimeOffset AsOf,
    [property: Id(2)] long Sequence,
    [property: Id(3)] string Today,
    [property: Id(4)] CounterEntry[] Entries);
