using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Contracts.Hub;

/// <summary>One counter entry for one hub group, with the as-of time and ingest sequence of the snapshot it came from.</summary>
public sealed record CounterFrame(string Group, DateTimeOffset AsOf, long Sequence, CounterEntry Entry);
