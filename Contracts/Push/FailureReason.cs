namespace Philly311.Ops.Contracts.Push;

/// <summary>Why deliveries failed, and how many of them (permanent failures and ones still being retried).</summary>
[GenerateSerializer, Immutable]
public sealed record FailureReason(
    [property: Id(0)] string Reason,
    [property: Id(1)] int Count);
