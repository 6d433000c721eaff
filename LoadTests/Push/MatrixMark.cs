namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// One push frame as a matrix subscriber received it: when (a <see cref="System.Diagnostics.Stopwatch"/> timestamp of this
/// process), its sequence, and the delivered count of each cell (<c>language:channel</c>, see <see cref="MatrixCellKey"/>).
/// </summary>
internal sealed record MatrixMark(long At, long Sequence, IReadOnlyDictionary<string, int> Delivered, int Final, int Total);
