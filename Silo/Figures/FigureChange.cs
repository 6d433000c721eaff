namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// What one commit changed in one figure: its new <see cref="Version"/> and the new absolute value of each changed
/// field (<c>r</c>, <c>c</c>, <c>{day}|r</c>, <c>{day}|c</c>, <c>{day}|q{slot}</c>). Absolute, not deltas: applying a change
/// twice, late, or after a re-read can never add anything up wrong. <see cref="Sequence"/> is the commit's last
/// ingest sequence.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FigureChange(
    [property: Id(0)] string Key,
    [property: Id(1)] long Version,
    [property: Id(2)] long Sequence,
    [property: Id(3)] string Name,
    [property: Id(4)] string[] Fields,
    [property: Id(5)] long[] Values);
