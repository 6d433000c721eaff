namespace Philly311.Ops.Contracts.Events;

/// <summary>The kinds of emergency the city's Office of Emergency Management declares.</summary>
[GenerateSerializer]
public enum EventKind
{
    SnowEmergency,
    HurricaneTropicalStorm,
    Flood,
    ExtremeHeat,
    MassGathering,
    Other,
}
