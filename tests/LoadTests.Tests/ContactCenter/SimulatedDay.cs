using Philly311.Ops.LoadTests.ContactCenter;
using Philly311.Ops.LoadTests.Replay;

namespace Philly311.Ops.LoadTests.Tests.ContactCenter;

/// <summary>A seeded simulation run from one city time to another, with everything it produced.</summary>
internal sealed record SimulatedDay(IReadOnlyList<ContactEvent> Contacts, IReadOnlyList<AgentStateEvent> Agents, ContactCenterSimulation Simulation)
{
    public static ContactCenterProfile Shipped { get; } = ProfileLoader.Load();

    /// <summary>A city wall-clock time as the instant it names.</summary>
    public static DateTimeOffset City(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        CityDayShift.FromCityWallClock(new DateTime(year, month, day, hour, minute, second));

    public static SimulatedDay Run(ContactCenterProfile profile, DateTimeOffset from, DateTimeOffset to, int seed = 311)
    {
        var simulation = new ContactCenterSimulation(profile, seed, from, "t-");
        var contacts = new List<ContactEvent>();
        var agents = new List<AgentStateEvent>();
        for (var t = from; t < to; t += TimeSpan.FromHours(1))
        {
            simulation.AdvanceTo(t + TimeSpan.FromHours(1) < to ? t + TimeSpan.FromHours(1) : to);
            contacts.AddRange(simulation.TakeContactEvents());
            agents.AddRange(simulation.TakeAgentEvents());
        }
        return new SimulatedDay(contacts, agents, simulation);
    }

    /// <summary>One queue at a constant hourly rate, and (optionally) agents on a 24-hour shift.</summary>
    public static ContactCenterProfile OneQueue(double perHour, TimeSpan patience, int agents, double handleSeconds = 200)
    {
        var queue = new QueueProfile("general", "phone", Enumerable.Repeat(perHour, 24).ToArray(),
            new WeightedChoice([new("en", 1)]), new LogNormal(handleSeconds, 0.5), patience, TransferShares.None);
        ShiftPlan[] shifts = agents > 0 ? [new ShiftPlan("all-day", new TimeOnly(0, 0), new TimeOnly(0, 0), agents, ["general"])] : [];
        return new ContactCenterProfile("one queue", [queue], shifts, [], TimeSpan.Zero, new LogNormal(30, 0.5), []);
    }
}
