namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>A break <see cref="After"/> the shift start, lasting <see cref="Length"/>.</summary>
internal sealed record BreakRule(TimeSpan After, TimeSpan Length);
