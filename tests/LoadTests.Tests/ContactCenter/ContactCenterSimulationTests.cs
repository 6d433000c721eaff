using Philly311.Ops.Contracts.Time;
using Philly311.Ops.LoadTests.ContactCenter;
using static Philly311.Ops.LoadTests.Tests.ContactCenter.SimulatedDay;

namespace Philly311.Ops.LoadTests.Tests.ContactCenter;

public sealed class ContactCenterSimulationTests
{
    // One normal weekday from city midnight, and the early hours after it so the evening's contacts can finish.
    private static readonly Lazy<SimulatedDay> Weekday = new(() => Run(Shipped, City(2026, 12, 1), City(2026, 12, 2, 3)));

    [Fact]
    public void ArrivalsFollowTheProfileHourByHourOverAMonth()
    {
        // March 2026 holds the spring-forward night: the rates follow the city clock, not UTC.
        const int days = 30;
        var month = Run(Shipped, City(2026, 3, 1), City(2026, 3, 31));

        var offered = month.Contacts.Where(IsArrival).ToList();
        var perHour = offered.GroupBy(c => CityTime.ToLocal(c.At).Hour).ToDictionary(g => g.Key, g => g.Count() / (double)days);
        var expected = Enumerable.Range(0, 24).Select(h => Shipped.Queues.Sum(q => q.HourlyRates[h])).ToArray();

        for (var hour = 0; hour < 24; hour++)
        {
            var seen = perHour.GetValueOrDefault(hour);
            if (expected[hour] >= 50) seen.ShouldBe(expected[hour], expected[hour] * 0.05, $"hour {hour:00}");
            else seen.ShouldBeLessThan(expected[hour] * 1.5 + 3, $"hour {hour:00}");
        }
        foreach (var queue in Shipped.Queues)
            (offered.Count(c => c.Queue == queue.Name) / (double)days).ShouldBe(queue.HourlyRates.Sum(), queue.HourlyRates.Sum() * 0.06 + 2, queue.Name);
        perHour.GetValueOrDefault(3).ShouldBeLessThan(5, "phones are closed at night: only digital contacts");
    }

    [Fact]
    public void WithNobodyToAnswerEveryCallerHangsUpWhenTheirPatienceRunsOut()
    {
        var day = Run(OneQueue(perHour: 60, TimeSpan.FromSeconds(120), agents: 0), City(2026, 12, 1), City(2026, 12, 2));

        var byContact = day.Contacts.GroupBy(c => c.ContactId).ToList();
        byContact.Count.ShouldBeGreaterThan(1_200);
        day.Contacts.ShouldNotContain(c => c.Type == "answered");
        var waits = byContact.Where(g => g.Any(c => c.Type == "abandoned"))
            .Select(g => (g.Single(c => c.Type == "abandoned").At - g.Single(c => c.Type == "offered").At).TotalSeconds).ToList();
        waits.Count.ShouldBeGreaterThan(byContact.Count - 10, "all but those still holding at the end hung up");
        waits.Average().ShouldBe(120, 120 * 0.08, "exponential patience with a mean of two minutes");
    }

    [Fact]
    public void WhenAgentsAreFreeNobodyHangsUpAndNobodyWaits()
    {
        var day = Run(OneQueue(perHour: 60, TimeSpan.FromSeconds(120), agents: 40), City(2026, 12, 1), City(2026, 12, 2));

        day.Contacts.ShouldNotContain(c => c.Type == "abandoned");
        foreach (var contact in day.Contacts.GroupBy(c => c.ContactId).Where(g => g.Any(c => c.Type == "answered")))
            contact.Single(c => c.Type == "answered").At.ShouldBe(contact.Single(c => c.Type == "offered").At);
    }

    [Fact]
    public void CallersWhoWaitLongerThanTheirPatienceAbandonAndOnlyThey()
    {
        // One agent, a call a minute of 3 min on average: a queue builds up and patience decides.
        var day = Run(OneQueue(perHour: 60, TimeSpan.FromSeconds(300), agents: 1, handleSeconds: 180), City(2026, 12, 1), City(2026, 12, 1, 12));

        var contacts = day.Contacts.GroupBy(c => c.ContactId).ToList();
        var abandoned = contacts.Where(g => g.Any(c => c.Type == "abandoned")).ToList();
        abandoned.Count.ShouldBeGreaterThan(contacts.Count / 4);
        abandoned.ShouldAllBe(g => !g.Any(c => c.Type == "answered"), "a caller who hung up is never answered");
        abandoned.ShouldAllBe(g => g.Single(c => c.Type == "abandoned").At > g.Single(c => c.Type == "offered").At);
    }

    [Fact]
    public void EveryContactGoesOfferedAnsweredCompletedOrOfferedAbandonedOrTransferredOnceInOrder()
    {
        var day = Weekday.Value;
        var end = day.Simulation.Now;

        day.Contacts.Select(c => c.EventId).ShouldBeUnique();
        // One assertion over every contact: Shouldly's expression assertions are too slow to run per contact.
        var wrong = new List<string>();
        foreach (var contact in day.Contacts.GroupBy(c => c.ContactId))
        {
            // A leg is the contact in one queue: a transfer ends the first and offers the second at the same moment.
            var legs = contact.GroupBy(e => e.Queue).Select(g => g.ToList()).ToList();
            if (legs.Count > 2) wrong.Add($"{contact.Key}: in {legs.Count} queues");
            for (var leg = 0; leg < legs.Count; leg++)
            {
                var events = legs[leg];
                var types = string.Join(",", events.Select(e => e.Type));
                var stillOpen = events[0].At > end - TimeSpan.FromHours(3) && types is ("offered" or "offered,answered");
                var ends = leg == 0 && legs.Count == 2 ? "offered,answered,transferred" : "offered,answered,completed";
                if (!stillOpen && types != ends && types != "offered,abandoned") wrong.Add($"{contact.Key} leg {leg}: {types}");
                if (events.Zip(events.Skip(1)).Any(p => p.First.At > p.Second.At)) wrong.Add($"{contact.Key} leg {leg}: times out of order");
                if (events.Where(e => e.Type is "answered" or "completed" or "transferred").Select(e => e.AgentId).Distinct().Count() > 1) wrong.Add($"{contact.Key} leg {leg}: two agents");
                var stem = leg == 0 ? contact.Key : contact.Key + "-t1";
                if (events.Any(e => e.EventId != stem + "-" + e.Type)) wrong.Add($"{contact.Key} leg {leg}: event id");
            }
            if (legs.Count == 2 && legs[1][0].At != legs[0][^1].At) wrong.Add($"{contact.Key}: offered again at another time than its transfer");
            if (contact.Select(e => (e.Channel, e.Language)).Distinct().Count() != 1) wrong.Add($"{contact.Key}: channel or language changed");
            if (contact.Any(e => e.Type is "answered" or "completed" or "transferred" ? e.AgentId is null : e.AgentId is not null)) wrong.Add($"{contact.Key}: agent_id");
        }
        wrong.ShouldBeEmpty();
        ((double)day.Contacts.Count(c => IsArrival(c) && c.At < City(2026, 12, 2))).ShouldBe(Shipped.PerDay, Shipped.PerDay * 0.05);
    }

    [Fact]
    public void AShareOfAnsweredGeneralCallsIsTransferredAndEachQueuesFiguresBalance()
    {
        var day = Weekday.Value;
        var general = Shipped.Queue("general");

        var transfers = day.Contacts.Where(c => c.Type == "transferred").ToList();
        var answeredGeneral = day.Contacts.Count(c => c.Type == "answered" && c.Queue == "general" && c.EventId == c.ContactId + "-answered");

        transfers.ShouldAllBe(t => t.Queue == "general", "only the general queue transfers in the shipped profile");
        (transfers.Count / (double)answeredGeneral * 100).ShouldBe(general.Transfers.Percent, 2.5);
        var inFrom = transfers.ToDictionary(t => t.ContactId);
        foreach (var queue in Shipped.Queues)
        {
            var events = day.Contacts.Where(c => c.Queue == queue.Name).ToList();
            int Count(string type) => events.Count(e => e.Type == type);
            var secondLegs = events.Where(e => e.Type == "offered" && !IsArrival(e)).ToList();
            secondLegs.ShouldAllBe(e => inFrom.ContainsKey(e.ContactId) && inFrom[e.ContactId].Queue != queue.Name && queue.Channel == general.Channel, queue.Name);
            // Every contact offered here ends answered or abandoned, and every answer completed or transferred, but for those still open at the end.
            var waiting = day.Simulation.Status().Waiting[queue.Name];
            Count("offered").ShouldBe(Count("answered") + Count("abandoned") + waiting, queue.Name);
            var onCall = Count("answered") - Count("completed") - Count("transferred");
            onCall.ShouldBeInRange(0, day.Simulation.Agents.Count, queue.Name);
        }
        day.Contacts.Count(c => c.Type == "offered" && !IsArrival(c)).ShouldBe(transfers.Count, "every transfer is offered again in its target queue");
        Shipped.Queue("streets-sanitation").Transfers.Percent.ShouldBe(0, "a department line does not send calls back");
    }

    [Fact]
    public void AnAgentNeverHandlesTwoContactsAtOnce()
    {
        var day = Weekday.Value;

        foreach (var agent in day.Contacts.Where(c => c.AgentId is not null).GroupBy(c => c.AgentId!))
        {
            var busyUntil = DateTimeOffset.MinValue;
            string? current = null;
            foreach (var e in agent)
            {
                if (e.Type == "answered")
                {
                    current.ShouldBeNull($"{agent.Key} answered {e.ContactId} while on {current}");
                    e.At.ShouldBeGreaterThanOrEqualTo(busyUntil);
                    current = e.ContactId;
                }
                else
                {
                    e.ContactId.ShouldBe(current);
                    current = null;
                    busyUntil = e.At;
                }
            }
        }
        foreach (var agent in day.Agents.GroupBy(a => a.AgentId))
        {
            var states = agent.Select(a => a.State).ToList();
            states.Zip(states.Skip(1)).Where(p => p.Second == "on_contact").ShouldAllBe(p => p.First == "available", agent.Key);
            states.Zip(states.Skip(1)).Where(p => p.First == "on_contact").ShouldAllBe(p => p.Second == "after_contact_work", agent.Key);
            states.Count(s => s == "on_contact").ShouldBe(day.Contacts.Count(c => c.AgentId == agent.Key && c.Type == "answered"));
        }
    }

    [Fact]
    public void AgentsWorkTheirShiftsTakeBreaksAndOnlyTakeTheirQueues()
    {
        var day = Weekday.Value;
        var skills = Shipped.Shifts.SelectMany(s => Enumerable.Range(1, s.Agents).Select(i => ($"agent-{s.Name}-{i:00}", s.Skills))).ToDictionary();

        var dayShift = day.Agents.Where(a => a.AgentId.StartsWith("agent-day-", StringComparison.Ordinal)).GroupBy(a => a.AgentId).ToList();
        dayShift.Count.ShouldBe(24);
        foreach (var agent in dayShift)
        {
            var first = agent.First();
            first.State.ShouldBe("available");
            first.At.ShouldBe(City(2026, 12, 1, 8));
            var last = agent.Last();
            last.State.ShouldBe("offline");
            last.At.ShouldBeInRange(City(2026, 12, 1, 16, 30), City(2026, 12, 1, 17, 30));
            agent.Count(a => a.State == "break").ShouldBeGreaterThanOrEqualTo(2, agent.Key);
        }
        day.Contacts.Where(c => c.AgentId is not null).ShouldAllBe(c => skills[c.AgentId!].Contains(c.Queue));
        day.Agents.ShouldAllBe(a => a.Queues.SequenceEqual(skills[a.AgentId]));
    }

    [Fact]
    public void TheSurgeFactorScalesArrivals()
    {
        var normal = Run(Shipped, City(2026, 12, 1), City(2026, 12, 3));
        var surged = Run(ContactSurge.Factor(3).Apply(Shipped), City(2026, 12, 1), City(2026, 12, 3));

        var ratio = surged.Contacts.Count(IsArrival) / (double)normal.Contacts.Count(IsArrival);

        ratio.ShouldBe(3, 0.1);
        surged.Contacts.Count(c => c.Type == "abandoned").ShouldBeGreaterThan(normal.Contacts.Count(c => c.Type == "abandoned") * 3, "the same floor under triple load");
    }

    [Fact]
    public void TheSameSeedGivesTheSameDayAndAnotherSeedAnother()
    {
        var from = City(2026, 12, 1, 9);
        var to = City(2026, 12, 1, 11);

        var a = Run(Shipped, from, to, seed: 7);
        var b = Run(Shipped, from, to, seed: 7);
        var c = Run(Shipped, from, to, seed: 8);

        a.Contacts.ShouldContain(e => e.Type == "transferred", "two hours of the morning have transfers to repeat");
        b.Contacts.ShouldBe(a.Contacts);
        b.Agents.Select(x => (x.AgentId, x.State, x.At)).ShouldBe(a.Agents.Select(x => (x.AgentId, x.State, x.At)));
        c.Contacts.ShouldNotBe(a.Contacts);
    }

    [Fact]
    public void ShiftsKeepTheirCityTimeAcrossTheFallBackNight()
    {
        // 1 Nov 2026: clocks go back at 2 am, the day has 25 hours.
        var days = Run(Shipped, City(2026, 10, 31), City(2026, 11, 2, 12));

        var starts = days.Agents.Where(a => a.AgentId == "agent-day-01" && a.State == "available")
            .Select(a => CityTime.ToLocal(a.At)).GroupBy(t => t.Date).Select(g => g.Min()).ToList();

        starts.Select(t => t.TimeOfDay).ShouldBe([TimeSpan.FromHours(8), TimeSpan.FromHours(8), TimeSpan.FromHours(8)]);
        starts.Select(t => t.Offset.TotalHours).ShouldBe([-4.0, -5.0, -5.0]);
    }

    /// <summary>A contact's offer in its first queue: an arrival, not a transfer offered again.</summary>
    private static bool IsArrival(ContactEvent e) => e.Type == "offered" && e.EventId == e.ContactId + "-offered";
}
