namespace Philly311.Ops.Silo.Figures;

/// <summary>What one commit script changed: its sequence range and one change per changed figure.</summary>
[GenerateSerializer, Immutable]
public sealed record CommittedChanges(
    [property: Id(0)] SequenceRange Range,
    [property: Id(1)] FigureChange[] Changes,
    [property: Id(2)] DateTimeOffset CommittedAt);
