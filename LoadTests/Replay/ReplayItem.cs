using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>One event and when to send it, counted from the start of the replay.</summary>
internal sealed record ReplayItem(TimeSpan Due, ServiceRequestEvent Event);
