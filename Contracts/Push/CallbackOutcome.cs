namespace Philly311.Ops.Contracts.Push;

/// <summary>What a provider's status callback did to its delivery.</summary>
[GenerateSerializer]
public enum CallbackOutcome
{
    Applied,
    /// <summary>The delivery is already in that status (a replay or a duplicate): nothing changed.</summary>
    Duplicate,
    /// <summary>The state machine does not allow it (e.g. delivered → failed): nothing changed.</summary>
    Illegal,
    UnknownDelivery,
    /// <summary>The delivery went to another provider, which alone may report on it.</summary>
    WrongProvider,
}
