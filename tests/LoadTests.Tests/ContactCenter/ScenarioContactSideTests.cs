using System.Diagnostics;
using System.Text.Json;
using Philly311.Ops.LoadTests.ContactCenter;
using Philly311.Ops.LoadTests.Injection;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Scenarios;
using Philly311.Ops.LoadTests.Targets;
using Philly311.Ops.LoadTests.Traffic;
using Philly311.Ops.LoadTests.Tests.StandIn;
using static Philly311.Ops.LoadTests.Tests.ContactCenter.SimulatedDay;

namespace Philly311.Ops.LoadTests.Tests.ContactCenter;

public sealed class ScenarioContactSideTests
{
    [Theory]
    [InlineData("blizzard")]
    [InlineData("hurricane")]
    [InlineData("papal-visit")]
    public void EverySurgeScenarioHasAContactSideThatFitsTheProfile(string name)
    {
        var surge = ScenarioLoader.Load(name, 1).ContactCenter.ShouldNotBeNull();

        var profile = surge.Apply(Shipped);

        profile.PerDay.ShouldBeGreaterThan(Shipped.PerDay);
        profile.Shifts.ShouldNotBe(Shipped.Shifts);
    }

    [Fact]
    public void InTheBlizzardMoreThanThreeHundredCallersAreHoldingWhenFortyAgentsStartAt6Am()
    {
        var blizzard = ScenarioLoader.Load("blizzard", 1).ContactCenter!.Apply(Shipped);
        var simulation = new ContactCenterSimulation(blizzard, 311, City(2026, 1, 25, 5, 30), "b-");

        simulation.AdvanceTo(City(2026, 1, 25, 5, 59, 59));
        var beforeSix = simulation.Status();
        simulation.AdvanceTo(City(2026, 1, 25, 6, 0, 1));
        var atSix = simulation.Status();

        beforeSix.Waiting.Values.Sum().ShouldBeGreaterThan(300);
        beforeSix.Abandoned.ShouldBe(0, "callers from before the floor opened hold on until 6");
        (atSix.Agents[AgentState.OnContact] + atSix.Agents[AgentState.Available]).ShouldBeGreaterThanOrEqualTo(40);
        atSix.Answered.ShouldBeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void ScenarioContactBodiesKeepTheContractAndTheLifecycle()
    {
        var stream = ContactStream.Shipped(ScenarioLoader.Load("blizzard", 1).ContactCenter, "s-", TimeProvider.System);

        var contacts = Enumerable.Range(0, 3_000).Select(_ => JsonDocument.Parse(stream.NextContact()).RootElement.Clone()).ToList();
        var agents = Enumerable.Range(0, 300).Select(_ => JsonDocument.Parse(stream.NextAgentState()).RootElement.Clone()).ToList();

        contacts.Select(StandInContactCenter.ContactProblem).ShouldAllBe(p => p == null);
        agents.Select(StandInContactCenter.AgentProblem).ShouldAllBe(p => p == null);
        // Per contact and queue: a transferred contact is offered again, with its own lifecycle, in its target queue.
        foreach (var contact in contacts.GroupBy(c => (c.GetProperty("contact_id").GetString(), c.GetProperty("queue").GetString())))
        {
            var types = contact.Select(c => c.GetProperty("type").GetString()).ToList();
            types[0].ShouldBe("offered");
            types.Distinct().Count().ShouldBe(types.Count);
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task AScenariosContactAndAgentArrivalsReachTheRealEndpointsAsValidEvents()
    {
        await using var silo = await StandInSilo.StartAsync(contactCenter: true);
        using var client = new IngestClient(silo.Url, StandInSilo.ApiKey, 8);
        var counters = new RunCounters();
        var blizzard = ScenarioLoader.Load("blizzard", 1);
        var sender = new TrafficSender(client, new EventFactory([], "t-", TimeProvider.System), counters, new RunLatencies(), () => [],
            blizzard.Endpoints, 1, 1_000, blizzard.ContactCenter);
        await sender.ProbeOptionalAsync([TrafficKind.Contact, TrafficKind.Agent], TestContext.Current.CancellationToken);

        for (var i = 0; i < 300; i++) sender.Send(i % 4 == 0 ? TrafficKind.Agent : TrafficKind.Contact, Stopwatch.GetTimestamp(), TestContext.Current.CancellationToken);
        await sender.DrainAsync(TimeSpan.FromSeconds(20));

        sender.Availability.Values.ShouldAllBe(available => available);
        silo.ContactCenter!.Invalid.ShouldBeEmpty();
        silo.ContactCenter.Contacts.Count.ShouldBe(225);
        silo.ContactCenter.AgentStates.Count.ShouldBe(75);
        counters.Accepted.ShouldBe(300);
    }

    [Fact]
    public void TheKneeVariantOfTheBlizzardHasTheBlizzardsOwnContactSide()
    {
        var knee = ScenarioLoader.Load("blizzard-knee", 1).ContactCenter!.Apply(Shipped);
        var blizzard = ScenarioLoader.Load("blizzard", 1).ContactCenter!.Apply(Shipped);

        knee.PerDay.ShouldBe(blizzard.PerDay);
        knee.Shifts.Select(s => (s.Name, s.Agents)).ShouldBe(blizzard.Shifts.Select(s => (s.Name, s.Agents)));
    }

    [Theory]
    [InlineData("contact_center_of: no-such-scenario", "no such shipped scenario")]
    [InlineData("contact_center_of: ../blizzard", "must name a shipped scenario")]
    [InlineData("contact_center_of: knee", "has no contact_center")]
    [InlineData("contact_center_of: blizzard-knee", "borrows its contact side too")]
    [InlineData("contact_center_of: blizzard\ncontact_center: { arrivals: 2 }", "not both")]
    public void ABorrowedContactSideMustNameOneShippedScenarioThatWritesIt(string line, string expected)
    {
        var text = "steps:\n  - inject: { rate: 10, during: 1s }\n" + line + "\n";

        Should.Throw<ScenarioException>(() => ScenarioLoader.Parse(text, "t", 1)).Message.ShouldContain(expected);
    }
}
