namespace Philly311.Ops.LoadTests.Targets;

/// <summary>The part of an RFC 7807 answer that says which field was refused.</summary>
internal sealed record ProblemBody(string? Title, string? Field);
