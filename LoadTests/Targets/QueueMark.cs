namespace Philly311.Ops.LoadTests.Targets;

/// <summary>The three fields of a <c>QueueFrame</c> a queue-to-glass probe needs: which queue, as of when, complete up to which sequence.</summary>
internal sealed record QueueMark(string Key, DateTimeOffset AsOf, long Sequence);
