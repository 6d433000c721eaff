using Philly311.Ops.Contracts.Faq;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.Silo.Push;

/// <summary>
/// The before/after arithmetic of deflection, on one city day's 96 quarter hours (what the figures and the queues hold). A
/// push on another day has no series here: both keep today's quarters only, and saying nothing beats a wrong number.
/// </summary>
public static class Deflection
{
    public const int Window = 8;

    /// <summary>The requests side only (no queues mapped).</summary>
    public static DeflectionSeries Compute(string pushId, DateTimeOffset pushedAt, FaqTopic topic, long[] quarterHours, string today, DateTimeOffset now) =>
        Compute(pushId, pushedAt, topic, new DeflectionInput(quarterHours, today, [], null, null), now);

    public static DeflectionSeries Compute(string pushId, DateTimeOffset pushedAt, FaqTopic topic, DeflectionInput input, DateTimeOffset now)
    {
        var name = DeflectionWords.Topic(topic.Name);
        var window = DeflectionWindow.Of(pushedAt, now);
        var pushDay = CityTime.DayKey(CityTime.LocalDate(pushedAt));
        var contacts = Contacts(name, pushDay, window, input);
        if (pushDay != input.RequestsToday)
            return new DeflectionSeries(pushId, pushedAt, topic.Key, topic.Name, topic.RequestTypes, null, [], 0, 0, 0, false,
                DeflectionWords.NotToday("requests", name, "figures"), input.Queues, contacts, now);
        var before = window.HourBefore(input.RequestQuarters);
        var after = window.HourAfter(input.RequestQuarters);
        var words = topic.RequestTypes.Length == 0
            ? $"requests about {name}: no request type mapped to this topic (Faq:RequestTypes)"
            : DeflectionWords.Of("requests", name, before, after, window);
        return new DeflectionSeries(pushId, pushedAt, topic.Key, topic.Name, topic.RequestTypes, window.FirstQuarter(pushedAt),
            window.Series(input.RequestQuarters), window.Slot - window.First, before, after, window.Complete, words, input.Queues, contacts, now);
    }

    private static DeflectionCounts Contacts(string name, string pushDay, DeflectionWindow window, DeflectionInput input)
    {
        if (input.Queues.Length == 0)
            return new DeflectionCounts([], 0, 0, $"calls about {name}: no contact queue mapped to this topic (Faq:Queues)");
        if (input.ContactQuarters is not { } quarters || input.ContactsToday != pushDay)
            return new DeflectionCounts([], 0, 0, DeflectionWords.NotToday("calls", name, "queues"));
        var before = window.HourBefore(quarters);
        var after = window.HourAfter(quarters);
        var note = (input.Queues.Length == 1 ? "queue " : "queues ") + string.Join(", ", input.Queues);
        return new DeflectionCounts(window.Series(quarters), before, after, DeflectionWords.Of("calls", name, before, after, window, note));
    }
}
