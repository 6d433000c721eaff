using System.Text.Json;
using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// Contact and agent-state bodies for the surge scenarios' open-model arrivals: the scenario decides how many per
/// second, a <see cref="ContactCenterSimulation"/> (the scenario's contact side on the normal weekday) decides what
/// they are, so every contact still goes offered → answered → completed (or abandoned, or transferred and offered in
/// its next queue) in order and every answer has
/// an agent who is on it. Each body is stamped when it is taken, so times keep the order of the lifecycle.
/// When a scenario asks for one kind far more than the other, the other's oldest events are dropped past a limit.
/// Thread-safe: the sender takes bodies from many in-flight sends.
/// </summary>
internal sealed class ContactStream
{
    private const int Limit = 20_000;
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(7);

    private readonly ContactCenterSimulation _simulation;
    private readonly TimeProvider _clock;
    private readonly Queue<ContactEvent> _contacts = new();
    private readonly Queue<AgentStateEvent> _agents = new();
    private readonly Lock _gate = new();

    public ContactStream(ContactCenterProfile profile, ContactSurge surge, int seed, string idPrefix, TimeProvider clock)
    {
        _clock = clock;
        var now = clock.GetUtcNow();
        var start = surge.StartsAt is { } at ? Replay.CityDayShift.FromCityWallClock(CityTime.LocalDate(now).ToDateTime(at)) : now;
        _simulation = new ContactCenterSimulation(surge.Apply(profile), seed, start, idPrefix);
    }

    /// <summary>The shipped weekday profile under the scenario's contact side (or as it is).</summary>
    public static ContactStream Shipped(ContactSurge? surge, string idPrefix, TimeProvider clock) =>
        new(ProfileLoader.Load(), surge ?? ContactSurge.None, 311, idPrefix, clock);

    /// <summary>The queue keys the shipped profile's queues (under the scenario's contact side) are filed under; see <see cref="QueueSlug"/>.</summary>
    public static IReadOnlyList<string> ShippedQueueKeys(ContactSurge? surge) =>
        [.. (surge ?? ContactSurge.None).Apply(ProfileLoader.Load()).Queues.Select(q => QueueSlug.KeyOf(q.Name)).OfType<string>().Distinct(StringComparer.Ordinal)];

    public byte[] NextContact() => NextContact(out _);

    /// <param name="queue">The contact's queue name, as the body names it.</param>
    public byte[] NextContact(out string queue)
    {
        lock (_gate)
        {
            Fill(() => _contacts.Count > 0);
            var next = _contacts.Dequeue() with { At = Stamp() };
            queue = next.Queue;
            return JsonSerializer.SerializeToUtf8Bytes(next, ContactWireJson.Default.ContactEvent);
        }
    }

    public byte[] NextAgentState()
    {
        lock (_gate)
        {
            Fill(() => _agents.Count > 0);
            var next = _agents.Dequeue() with { At = Stamp() };
            return JsonSerializer.SerializeToUtf8Bytes(next, ContactWireJson.Default.AgentStateEvent);
        }
    }

    private DateTimeOffset Stamp() => CityTime.ToLocal(_clock.GetUtcNow());

    private void Fill(Func<bool> ready)
    {
        var from = _simulation.Now;
        while (!ready())
        {
            if (_simulation.Now - from > GiveUpAfter) throw new InvalidOperationException("The contact-center profile produced no event in a simulated week.");
            _simulation.AdvanceTo(_simulation.Now + Step);
            foreach (var e in _simulation.TakeContactEvents()) _contacts.Enqueue(e);
            foreach (var e in _simulation.TakeAgentEvents()) _agents.Enqueue(e);
            while (_contacts.Count > Limit) _contacts.Dequeue();
            while (_agents.Count > Limit) _agents.Dequeue();
        }
    }
}
