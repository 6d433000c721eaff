namespace Philly311.Ops.Dashboard.Access;

/// <summary>The answer of <c>GET /access/whoami</c>.</summary>
public sealed record SignedInAs(string Name, string Role, string? Department, string? Layout);
