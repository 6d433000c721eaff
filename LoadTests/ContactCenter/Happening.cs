namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// Something the simulation has scheduled: an arrival, an agent's next step, a caller's patience running out.
/// <see cref="Until"/> is the end of the shift that starts, or when a backlog caller's patience begins to run;
/// <see cref="Length"/> is a break's.
/// </summary>
internal sealed record Happening(HappeningKind Kind, QueueProfile? Queue = null, SimContact? Contact = null, SimAgent? Agent = null,
    DateTimeOffset Until = default, TimeSpan Length = default);
