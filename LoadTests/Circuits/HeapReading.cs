namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// The dashboard's managed heap right after a full blocking GC induced over EventPipe: <see cref="LiveBytes"/> is what
/// survived it (the GC's promoted bytes, all generations + LOH + POH), <see cref="HeapBytes"/> the generations' size
/// including free space; <see cref="RssBytes"/> the process's resident set (/proc) read just after. A heap walk adds
/// the live objects by type and by type and holder (see <see cref="HeapWalk"/>).
/// </summary>
internal sealed record HeapReading(long LiveBytes, long HeapBytes, long RssBytes, int GcNumber, string GcReason, IReadOnlyList<TypeShare>? Types = null, IReadOnlyList<TypeShare>? Holders = null);
