namespace Philly311.Ops.Contracts.Push;

/// <summary>
/// What a status callback did, and the push's frame sequence once it was applied: the first frame with
/// <see cref="PushFrame.Sequence"/> ≥ <see cref="Sequence"/> shows it, so a provider (or a load test) can tell when it reached the screens.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CallbackResult(
    [property: Id(0)] CallbackOutcome Outcome,
    [property: Id(1)] long Sequence);
