namespace Philly311.Ops.Silo.Normalization;

/// <summary>A city department as the board shows it: <see cref="Code"/> is the stable counter key.</summary>
public sealed record Department(string Code, string Name);
