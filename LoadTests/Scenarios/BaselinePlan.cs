namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>Closed-model capacity probe (NBomber's keep_constant): <see cref="Copies"/> loops POST back to back, bare endpoint then silo.</summary>
internal sealed record BaselinePlan(int Copies, TimeSpan During);
