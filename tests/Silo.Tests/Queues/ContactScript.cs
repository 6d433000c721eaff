using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Contacts;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Queues;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Queues;

/// <summary>A <see cref="ContactStore"/> on the real Redis with its own key prefix, and hand-built events an hour ago.</summary>
public sealed class ContactScript(RedisServer redis, QueueOptions? queues = null)
{
    /// <summary>An hour ago, moved back when that is within an hour of the city's midnight, so a sequence stays in one city day.</summary>
    public static readonly DateTimeOffset Start = StartOfSequences();

    private static DateTimeOffset StartOfSequences()
    {
        var start = TimeProvider.System.GetUtcNow().AddHours(-1);
        return CityTime.ToLocal(start).TimeOfDay > TimeSpan.FromHours(23) ? start.AddHours(-1.5) : start;
    }

    public ContactStore Store { get; } = new(redis.Connection!, Options.Create(new CounterOptions { KeyPrefix = $"q{Guid.NewGuid():N}:"[..10] }),
        Options.Create(new ContactOptions()), Options.Create(queues ?? new QueueOptions()), new RecordingForwarder(), TimeProvider.System);

    public static ContactEvent Event(string id, string type, string contact, double seconds, string queue = "general", string channel = "phone", string? agent = "a1") =>
        new(id, type, contact, queue, channel, "en", type is "offered" or "abandoned" ? null : agent, Start.AddSeconds(seconds));

    public Task<ContactResult[]> SendAsync(params ContactEvent[] events) => Store.ApplyContactsAsync(events);

    /// <summary>Today's (the events' city day) figures of <paramref name="figure"/> as a tally, the way a grain holds them.</summary>
    public async Task<QueueTally> ReadAsync(string figure = "queue:general")
    {
        var reading = await Store.ReadAsync(figure, CityTime.LocalDate(Start));
        var tally = new QueueTally(reading.Today);
        tally.Replace(reading);
        return tally;
    }
}

public sealed class RecordingForwarder : IQueueForwarder
{
    public List<QueueCommit> Commits { get; } = [];

    public void Forward(QueueCommit commit)
    {
        lock (Commits) Commits.Add(commit);
    }
}
