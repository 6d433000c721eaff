namespace Philly311.Ops.Contracts.Events;

[GenerateSerializer]
public enum EventStatus
{
    /// <summary>The grain exists but nothing was declared under its id.</summary>
    None,
    Active,
    Closed,
}
