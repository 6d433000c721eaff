namespace Philly311.Ops.Contracts.Push;

/// <summary>
/// Requests about one topic per 15 minutes around one push (up to 8 quarters either side, today's city day), the hour
/// before against the hour after, and the change in words ("requests about parking −38 % in the hour after the push").
/// <see cref="PerQuarter"/>[<see cref="PushQuarter"/>] is the quarter the push went out in; the hour after starts with it.
/// <see cref="Contacts"/>: the same for the contacts offered to the topic's <see cref="Queues"/> ("calls about parking …").
/// <see cref="AsOf"/>: when it was computed — a series is read on request, never live.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DeflectionSeries(
    [property: Id(0)] string PushId,
    [property: Id(1)] DateTimeOffset PushedAt,
    [property: Id(2)] string Topic,
    [property: Id(3)] string TopicName,
    [property: Id(4)] string[] RequestTypes,
    [property: Id(5)] DateTimeOffset? FirstQuarter,
    [property: Id(6)] long[] PerQuarter,
    [property: Id(7)] int PushQuarter,
    [property: Id(8)] long HourBefore,
    [property: Id(9)] long HourAfter,
    [property: Id(10)] bool HourAfterComplete,
    [property: Id(11)] string Words,
    [property: Id(12)] string[] Queues,
    [property: Id(13)] DeflectionCounts Contacts,
    [property: Id(14)] DateTimeOffset AsOf);
