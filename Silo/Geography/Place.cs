namespace Philly311.Ops.Silo.Geography;

/// <summary>A named area of the city: <see cref="Id"/> is the stable key counters are stored under.</summary>
public sealed record Place(string Id, string Name);
