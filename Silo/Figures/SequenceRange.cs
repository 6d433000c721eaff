namespace Philly311.Ops.Silo.Figures;

/// <summary>The ingest sequences one commit used: <see cref="After"/> (exclusive) to <see cref="Through"/> (inclusive).</summary>
[GenerateSerializer, Immutable]
public readonly record struct SequenceRange([property: Id(0)] long After, [property: Id(1)] long Through);
