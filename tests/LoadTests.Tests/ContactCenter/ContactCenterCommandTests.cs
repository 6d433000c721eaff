using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.ContactCenter;
using Philly311.Ops.LoadTests.Tests.StandIn;
using static Philly311.Ops.LoadTests.Tests.ContactCenter.SimulatedDay;

namespace Philly311.Ops.LoadTests.Tests.ContactCenter;

public sealed class ContactCenterCommandTests
{
    private static readonly DateTimeOffset TwoPm = City(2026, 12, 1, 14);

    private static ContactCenterOptions Options(StandInSilo silo, params string[] more) =>
        ContactCenterOptions.From(CommandLine.Parse(["--target", silo.Url.ToString(), "--api-key", StandInSilo.ApiKey, .. more], ContactCenterOptions.Flags));

    [Fact(Timeout = 30_000)]
    public async Task TodayLoadsTheDaySoFarAtOnceThenPlaysLiveWithValidNdjson()
    {
        await using var silo = await StandInSilo.StartAsync(contactCenter: true);
        var said = new List<string>();

        var code = await ContactCenterCommand.RunAsync(Options(silo, "--today", "--speed", "60", "--duration", "3s", "--seed", "7"),
            new ShiftedClock(TwoPm), said.Add, TestContext.Current.CancellationToken);

        code.ShouldBe(ExitCodes.Ok);
        var center = silo.ContactCenter!;
        center.Invalid.ShouldBeEmpty();
        var offered = center.Contacts.Where(c => c.Type == "offered").ToList();
        var expectedByTwo = Shipped.Queues.Sum(q => q.HourlyRates.Take(14).Sum());
        ((double)offered.Count(c => c.At < TwoPm)).ShouldBe(expectedByTwo, expectedByTwo * 0.06, "the day so far, loaded at once");
        offered.Min(c => c.At).ShouldBeLessThan(City(2026, 12, 1, 1), "from city midnight");
        offered.Count(c => c.At >= TwoPm).ShouldBeGreaterThan(0, "three minutes of the afternoon played live at 60×");
        center.Contacts.ShouldAllBe(c => c.At <= TwoPm + TimeSpan.FromSeconds(10), "live events are stamped at the wall time they are sent");
        center.Contacts.ShouldAllBe(c => c.At.Offset == TimeSpan.FromHours(-5), "city time, EST in December");
        center.Contacts.Select(c => c.EventId).ShouldAllBe(id => id.StartsWith("cc20261201-7-", StringComparison.Ordinal));
        center.AgentStates.Count.ShouldBeGreaterThan(100);
        center.AgentStates.ShouldContain(a => a.State == "on_contact");
        said.ShouldContain(line => line.StartsWith("Loaded at once", StringComparison.Ordinal));
    }

    [Fact(Timeout = 30_000)]
    public async Task ItWaitsOutRetryAfterAndLosesNothing()
    {
        await using var silo = await StandInSilo.StartAsync(contactCenter: true);
        silo.ContactCenter!.RefuseNextBulk.Enqueue(503);
        silo.ContactCenter.RefuseNextBulk.Enqueue(429);
        var said = new List<string>();
        var clock = Stopwatch.StartNew();

        // A clock that stands still: the day so far is exactly what a seeded simulation gives up to 14:00.
        var code = await ContactCenterCommand.RunAsync(Options(silo, "--today", "--duration", "0s", "--seed", "9"),
            new FakeTimeProvider(TwoPm), said.Add, TestContext.Current.CancellationToken);

        code.ShouldBe(ExitCodes.Ok);
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(1.8), "two Retry-After: 1 answers were waited out");
        said.Count(line => line.Contains("retry", StringComparison.Ordinal)).ShouldBe(2);
        var expected = new ContactCenterSimulation(Shipped, 9, City(2026, 12, 1), "cc20261201-9-");
        expected.AdvanceTo(TwoPm);
        var ids = expected.TakeContactEvents().Select(e => e.EventId).ToList();
        silo.ContactCenter.Contacts.Select(c => c.EventId).Order(StringComparer.Ordinal).ShouldBe(ids.Order(StringComparer.Ordinal));
        silo.ContactCenter.Invalid.ShouldBeEmpty();
    }

    [Fact(Timeout = 30_000)]
    public async Task ARestartOnTheSameDaySendsTheMorningAgainAsDuplicates()
    {
        await using var silo = await StandInSilo.StartAsync(contactCenter: true);
        var options = Options(silo, "--today", "--duration", "0s");

        await ContactCenterCommand.RunAsync(options, new FakeTimeProvider(TwoPm), _ => { }, TestContext.Current.CancellationToken);
        var first = silo.ContactCenter!.Contacts.Count;
        var said = new List<string>();
        await ContactCenterCommand.RunAsync(options, new FakeTimeProvider(TwoPm + TimeSpan.FromMinutes(5)), said.Add, TestContext.Current.CancellationToken);

        first.ShouldBeGreaterThan(1_000);
        var added = silo.ContactCenter.Contacts.Count - first;
        added.ShouldBeLessThan(first / 20, "only the five minutes after 14:00 are new");
        said.Last().ShouldContain($"duplicate {first}");
    }

    [Fact(Timeout = 30_000)]
    public async Task ItKeepsWaitingForASiloThatIsAway()
    {
        var port = Philly311.Ops.TestSupport.RedisServer.FreePort();
        var options = ContactCenterOptions.From(CommandLine.Parse(["--target", $"http://127.0.0.1:{port}"], ContactCenterOptions.Flags));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(3));
        var said = new List<string>();

        var code = await ContactCenterCommand.RunAsync(options, TimeProvider.System, said.Add, stop.Token);

        code.ShouldBe(ExitCodes.Interrupted, "only a stop ends the wait, never the silo's absence");
        said.ShouldContain(line => line.StartsWith("Waiting for the silo", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2.5", 2.5)]
    [InlineData("blizzard", 1.5)]
    public void SurgeIsAFactorOrAScenario(string surge, double arrivals)
    {
        var options = ContactCenterOptions.From(CommandLine.Parse(["--surge", surge], ContactCenterOptions.Flags));

        options.ResolveSurge().Arrivals.ShouldBe(arrivals);
    }

    [Theory]
    [InlineData("--speed", "0")]
    [InlineData("--duration", "soon")]
    [InlineData("--seed", "x")]
    public void BadOptionsAreRefused(string name, string value) =>
        Should.Throw<UsageException>(() => ContactCenterOptions.From(CommandLine.Parse([name, value], ContactCenterOptions.Flags)));
}
