namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>One type's live objects in a heap walk: how many and their own (shallow) bytes.</summary>
internal sealed record TypeShare(string Type, long Objects, long Bytes);
