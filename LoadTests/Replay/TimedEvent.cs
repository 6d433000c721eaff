using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// One version of a request and the moment (UTC) it happens on today's timeline; sent at that moment.
/// <see cref="StaysOpen"/> marks the open version of a row the data says is still open: no close will follow.
/// </summary>
internal sealed record TimedEvent(DateTimeOffset At, ServiceRequestEvent Event, VersionKind Kind, int Pass, bool StaysOpen = false);
