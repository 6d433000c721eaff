namespace Philly311.Ops.Silo.Normalization;

/// <summary>A request type ("Abandoned Vehicle"): what people are calling about. <see cref="Code"/> keys its figures.</summary>
public sealed record ServiceType(string Code, string Name);
