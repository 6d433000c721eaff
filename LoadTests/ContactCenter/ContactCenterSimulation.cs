using System.Globalization;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.LoadTests.Replay;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// A discrete-event contact center on a virtual clock: Poisson arrivals per queue at the profile's rate for the city
/// hour, agents on daily shifts (skills = queues) who take the longest-waiting contact of their queues, lognormal
/// handle and wrap-up times, breaks owed until a contact is done, and callers who hang up when their exponential
/// patience runs out before an answer. Every contact goes offered → answered → completed, or offered → abandoned, or
/// offered → answered → transferred, and then, as CONTACT-RULES.md has it, offered again in the target queue (same
/// contact id, event ids <c>{id}-t1-{type}</c>), where it is answered or abandoned like any other; a contact is
/// transferred at most once. Every agent change is a state event. The same profile, seed and start give the same events, whatever the wall
/// clock: <see cref="AdvanceTo"/> is all that moves time.
/// </summary>
internal sealed class ContactCenterSimulation
{
    private readonly ContactCenterProfile _profile;
    private readonly Random _random;
    private readonly string _prefix;
    private readonly PriorityQueue<Happening, (long Ticks, long Order)> _agenda = new();
    private readonly Dictionary<string, Queue<SimContact>> _waiting = [];
    private readonly Dictionary<string, int> _waitingCount = [];
    private readonly List<SimAgent> _agents = [];
    private readonly List<ContactEvent> _contactEvents = [];
    private readonly List<AgentStateEvent> _agentEvents = [];
    private long _order;
    private long _contacts;
    private long _answered;
    private long _abandoned;
    private long _completed;
    private long _transferred;

    public ContactCenterSimulation(ContactCenterProfile profile, int seed, DateTimeOffset start, string idPrefix)
    {
        _profile = profile;
        _random = new Random(seed);
        _prefix = idPrefix;
        Now = Millisecond(start);
        foreach (var queue in profile.Queues)
        {
            _waiting[queue.Name] = new Queue<SimContact>();
            _waitingCount[queue.Name] = 0;
            ScheduleArrival(queue, Now);
        }
        foreach (var shift in profile.Shifts)
        {
            for (var i = 1; i <= shift.Agents; i++)
            {
                var agent = new SimAgent(string.Create(CultureInfo.InvariantCulture, $"agent-{shift.Name}-{i:00}"), shift, i - 1);
                _agents.Add(agent);
                ScheduleFirstShift(agent);
            }
        }
        foreach (var backlog in profile.Backlogs) ScheduleBacklog(backlog);
    }

    public DateTimeOffset Now { get; private set; }

    public IReadOnlyList<SimAgent> Agents => _agents;

    /// <summary>Runs every happening due up to <paramref name="until"/>; the clock then stands there.</summary>
    public void AdvanceTo(DateTimeOffset until)
    {
        until = Millisecond(until);
        while (_agenda.TryPeek(out var next, out var when) && when.Ticks <= until.UtcTicks)
        {
            _agenda.Dequeue();
            Now = new DateTimeOffset(when.Ticks, TimeSpan.Zero);
            Run(next);
        }
        if (until > Now) Now = until;
    }

    /// <summary>The contact events produced since the last call, in the order they happened.</summary>
    public IReadOnlyList<ContactEvent> TakeContactEvents() => Take(_contactEvents);

    /// <summary>The agent state changes produced since the last call, in the order they happened.</summary>
    public IReadOnlyList<AgentStateEvent> TakeAgentEvents() => Take(_agentEvents);

    public int PendingContactEvents => _contactEvents.Count;

    public int PendingAgentEvents => _agentEvents.Count;

    public SimulationStatus Status() => new(
        Now,
        new Dictionary<string, int>(_waitingCount),
        Enum.GetValues<AgentState>().ToDictionary(s => s, s => _agents.Count(a => a.State == s)),
        _contacts, _answered, _abandoned, _completed, _transferred);

    private static List<T> Take<T>(List<T> events)
    {
        var taken = new List<T>(events);
        events.Clear();
        return taken;
    }

    private void Run(Happening happening)
    {
        switch (happening.Kind)
        {
            case HappeningKind.Arrival:
                Offer(happening.Queue!, TimeSpan.Zero);
                ScheduleArrival(happening.Queue!, Now);
                break;
            case HappeningKind.BacklogArrival:
                Offer(happening.Queue!, happening.Until - Now);
                break;
            case HappeningKind.PatienceOut:
                HangUp(happening.Contact!);
                break;
            case HappeningKind.HandleDone:
                EndContact(happening.Agent!, happening.Contact!);
                break;
            case HappeningKind.WrapUpDone:
            case HappeningKind.BreakEnd:
                Settle(happening.Agent!);
                break;
            case HappeningKind.ShiftStart:
                StartShift(happening.Agent!, happening.Until);
                break;
            case HappeningKind.ShiftEnd:
                if (happening.Agent!.State == AgentState.Available) Change(happening.Agent!, AgentState.Offline);
                break;
            case HappeningKind.BreakDue:
                BreakDue(happening.Agent!, happening.Length);
                break;
        }
    }

    private void Offer(QueueProfile queue, TimeSpan holdsAtLeast)
    {
        var n = ++_contacts;
        Offer(new SimContact(string.Create(CultureInfo.InvariantCulture, $"{_prefix}c{n:000000}"), queue, queue.Languages.Pick(_random), Now), holdsAtLeast);
    }

    private void Offer(SimContact contact, TimeSpan holdsAtLeast)
    {
        var queue = contact.Queue;
        Emit(contact, "offered", null);
        if (FreeAgentFor(queue.Name) is { } agent)
        {
            Answer(agent, contact);
            return;
        }
        _waiting[queue.Name].Enqueue(contact);
        _waitingCount[queue.Name]++;
        if (queue.Patience > TimeSpan.Zero)
            Schedule(Now + holdsAtLeast + Exponential(queue.Patience), new Happening(HappeningKind.PatienceOut, Contact: contact));
    }

    private void HangUp(SimContact contact)
    {
        if (contact.State != ContactState.Waiting) return;
        contact.State = ContactState.Abandoned;
        _waitingCount[contact.Queue.Name]--;
        _abandoned++;
        Emit(contact, "abandoned", null);
    }

    private void Answer(SimAgent agent, SimContact contact)
    {
        contact.State = ContactState.Answered;
        _answered++;
        Emit(contact, "answered", agent.Id);
        Change(agent, AgentState.OnContact);
        Schedule(Now + contact.Queue.Handle.Sample(_random), new Happening(HappeningKind.HandleDone, Contact: contact, Agent: agent));
    }

    /// <summary>
    /// The end of the call: completed, or (first queue only, at the queue's transfer shares) transferred. The agent wraps
    /// up either way; a transferred contact is then offered in the target queue at the same moment.
    /// </summary>
    private void EndContact(SimAgent agent, SimContact contact)
    {
        // Drawn only where the queue has transfers: a profile without them keeps the same events for a seed.
        var target = contact.Leg == 0 ? contact.Queue.Transfers.Pick(_random) : null;
        contact.State = target is null ? ContactState.Completed : ContactState.Transferred;
        if (target is null) _completed++;
        else _transferred++;
        Emit(contact, target is null ? "completed" : "transferred", agent.Id);
        Change(agent, AgentState.AfterContactWork);
        Schedule(Now + _profile.AfterContactWork.Sample(_random), new Happening(HappeningKind.WrapUpDone, Agent: agent));
        if (target is not null) Offer(new SimContact(contact.Id, _profile.Queue(target), contact.Language, Now, contact.Leg + 1), TimeSpan.Zero);
    }

    /// <summary>After wrap-up or a break: home if the shift is over, a break if one is owed, else the next contact.</summary>
    private void Settle(SimAgent agent)
    {
        if (Now >= agent.ShiftEnd)
        {
            Change(agent, AgentState.Offline);
            return;
        }
        if (agent.BreakOwed > TimeSpan.Zero)
        {
            TakeBreak(agent, agent.BreakOwed);
            return;
        }
        Change(agent, AgentState.Available);
        ServeNext(agent);
    }

    private void BreakDue(SimAgent agent, TimeSpan length)
    {
        switch (agent.State)
        {
            case AgentState.Available: TakeBreak(agent, length); break;
            case AgentState.OnContact or AgentState.AfterContactWork or AgentState.Break: agent.BreakOwed += length; break;
        }
    }

    private void TakeBreak(SimAgent agent, TimeSpan length)
    {
        agent.BreakOwed = TimeSpan.Zero;
        Change(agent, AgentState.Break);
        Schedule(Now + length, new Happening(HappeningKind.BreakEnd, Agent: agent));
    }

    private void StartShift(SimAgent agent, DateTimeOffset end)
    {
        agent.ShiftEnd = end;
        agent.BreakOwed = TimeSpan.Zero;
        var day = ShiftCalendar.DayOf(agent.Shift, end);
        Schedule(end, new Happening(HappeningKind.ShiftEnd, Agent: agent));
        var start = ShiftCalendar.StartOn(agent.Shift, day);
        var stagger = _profile.BreakStagger * (agent.Index % 5 / 4.0 - 0.5);
        foreach (var rule in _profile.Breaks)
        {
            var due = start + rule.After + stagger;
            if (due > Now && due + rule.Length < end) Schedule(due, new Happening(HappeningKind.BreakDue, Agent: agent, Length: rule.Length));
        }
        ScheduleShift(agent, day.AddDays(1));
        if (agent.State == AgentState.Offline)
        {
            Change(agent, AgentState.Available);
            ServeNext(agent);
        }
    }

    private void ServeNext(SimAgent agent)
    {
        SimContact? oldest = null;
        foreach (var skill in agent.Shift.Skills)
        {
            var queue = _waiting[skill];
            while (queue.TryPeek(out var head) && head.State != ContactState.Waiting) queue.Dequeue();
            if (queue.TryPeek(out var waiting) && (oldest is null || waiting.OfferedAt < oldest.OfferedAt)) oldest = waiting;
        }
        if (oldest is null) return;
        _waiting[oldest.Queue.Name].Dequeue();
        _waitingCount[oldest.Queue.Name]--;
        Answer(agent, oldest);
    }

    /// <summary>The available agent with the skill who has been idle longest (the usual ACD rule).</summary>
    private SimAgent? FreeAgentFor(string queue)
    {
        SimAgent? best = null;
        foreach (var agent in _agents)
        {
            if (agent.State == AgentState.Available && agent.Takes(queue) && (best is null || agent.IdleSince < best.IdleSince)) best = agent;
        }
        return best;
    }

    private void Change(SimAgent agent, AgentState state)
    {
        agent.State = state;
        if (state == AgentState.Available) agent.IdleSince = Now;
        _agentEvents.Add(new AgentStateEvent(agent.Id, agent.Shift.Skills, state.Wire(), Now));
    }

    private void Emit(SimContact contact, string type, string? agentId) =>
        _contactEvents.Add(new ContactEvent(contact.EventIdStem + "-" + type, type, contact.Id, contact.Queue.Name, contact.Queue.Channel, contact.Language, agentId, Now));

    private void ScheduleArrival(QueueProfile queue, DateTimeOffset from)
    {
        if (PoissonArrivals.Next(queue.HourlyRates, from, _random) is { } at) Schedule(at, new Happening(HappeningKind.Arrival, Queue: queue));
    }

    private void ScheduleFirstShift(SimAgent agent)
    {
        // The shift that started yesterday may still run (overnight); else today's, else tomorrow's.
        var today = CityTime.LocalDate(Now);
        foreach (var day in new[] { today.AddDays(-1), today })
        {
            var start = ShiftCalendar.StartOn(agent.Shift, day);
            var end = ShiftCalendar.EndOn(agent.Shift, day);
            if (start <= Now && Now < end)
            {
                Schedule(Now, new Happening(HappeningKind.ShiftStart, Agent: agent, Until: end));
                return;
            }
        }
        ScheduleShift(agent, ShiftCalendar.StartOn(agent.Shift, today) > Now ? today : today.AddDays(1));
    }

    private void ScheduleShift(SimAgent agent, DateOnly day) =>
        Schedule(ShiftCalendar.StartOn(agent.Shift, day), new Happening(HappeningKind.ShiftStart, Agent: agent, Until: ShiftCalendar.EndOn(agent.Shift, day)));

    private void ScheduleBacklog(Backlog backlog)
    {
        var queue = _profile.Queue(backlog.Queue);
        var at = CityDayShift.FromCityWallClock(CityTime.LocalDate(Now).ToDateTime(backlog.At));
        if (at <= Now) return;
        var spacing = backlog.Over / backlog.Holding;
        for (var i = 0; i < backlog.Holding; i++)
        {
            var offered = at - backlog.Over + spacing * (i + 0.5);
            Schedule(offered < Now ? Now : offered, new Happening(HappeningKind.BacklogArrival, Queue: queue, Until: at));
        }
    }

    private TimeSpan Exponential(TimeSpan mean) => PoissonArrivals.Exponential(mean, _random);

    private void Schedule(DateTimeOffset at, Happening happening) =>
        _agenda.Enqueue(happening, (Millisecond(at < Now ? Now : at).UtcTicks, ++_order));

    private static DateTimeOffset Millisecond(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
