namespace Philly311.Ops.Silo.Push;

/// <summary>
/// What deflection is computed from: the topic's request types summed per quarter hour (with the figures' city day) and
/// the contacts offered to its queues per quarter hour (with the queues' city day; null when no queue frame was read).
/// </summary>
public sealed record DeflectionInput(long[] RequestQuarters, string RequestsToday, string[] Queues, long[]? ContactQuarters, string? ContactsToday);
