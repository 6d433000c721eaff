using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Replay;
using Philly311.Ops.LoadTests.Tests.StandIn;

namespace Philly311.Ops.LoadTests.Tests.Replay;

public sealed class ReplayCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Data", "philly311_2025-02-14_eagles_parade_day_sample.csv");

    private static ReplayOptions Options(Uri target, params string[] extra) =>
        ReplayOptions.From(CommandLine.Parse([Sample, "--target", target.ToString(), "--api-key", StandInSilo.ApiKey, .. extra], ReplayOptions.Flags));

    [Fact]
    public async Task KeepTimesSendsTheWholeDayWithThePrefix()
    {
        await using var silo = await StandInSilo.StartAsync();

        var code = await ReplayCommand.RunAsync(Options(silo.Url, "--keep-times", "--id-prefix", "t1-"), TestContext.Current.CancellationToken);

        code.ShouldBe(ExitCodes.Ok);
        silo.Distinct.ShouldBe(510);
        silo.Received.ShouldAllBe(e => e.ServiceRequestId.StartsWith("t1-"));
        silo.Received.ShouldContain(e => e.ServiceRequestId == "t1-17423953" && e.RequestedDatetime == new DateTimeOffset(2025, 2, 14, 0, 49, 28, TimeSpan.Zero));
    }

    [Fact]
    public async Task BulkSendsTheWholeDay()
    {
        await using var silo = await StandInSilo.StartAsync();

        var code = await ReplayCommand.RunAsync(Options(silo.Url, "--keep-times", "--bulk", "--id-prefix", "t2-"), TestContext.Current.CancellationToken);

        code.ShouldBe(ExitCodes.Ok);
        silo.Distinct.ShouldBe(510);
    }

    [Fact]
    public async Task ASpedUpReplayStampsTheFirstRequestNow()
    {
        await using var silo = await StandInSilo.StartAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(2));
        var before = DateTimeOffset.UtcNow;

        var code = await ReplayCommand.RunAsync(Options(silo.Url, "--speed", "60"), stop.Token);

        code.ShouldBe(ExitCodes.Interrupted);
        var first = silo.Received.First();
        first.ServiceRequestId.ShouldBe("17423953");
        first.RequestedDatetime.ShouldBeInRange(before.AddSeconds(-1), DateTimeOffset.UtcNow);
        silo.Received.Count.ShouldBeLessThan(510);
    }

    [Fact]
    public async Task TodayLoadsWhatAlreadyHappenedAtOnceThenKeepsPlaying()
    {
        await using var silo = await StandInSilo.StartAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(3));
        var expected = TodayPlan.Build(CaseCsvReader.Read(Sample).Events, CloseTimeEstimates.Read(CloseTimeEstimates.DefaultPath), TimeProvider.System, 1, "t3-");

        var code = await ReplayCommand.RunAsync(Options(silo.Url, "--today", "--id-prefix", "t3-"), stop.Token);

        code.ShouldBe(ExitCodes.Interrupted);
        var opened = expected.AtOnce.Where(e => e.Kind == VersionKind.Open).Select(e => e.Event.ServiceRequestId).ToList();
        opened.Count.ShouldBeGreaterThan(0, "at least yesterday evening has happened at any time of day");
        opened.ShouldAllBe(id => silo.Received.Any(r => r.ServiceRequestId == id));
        silo.Received.ShouldAllBe(r => r.ServiceRequestId.StartsWith("t3-p") && r.RequestedDatetime <= DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task AnUnreachableTargetExitsNonZero()
    {
        var port = Philly311.Ops.TestSupport.RedisServer.FreePort();

        var code = await ReplayCommand.RunAsync(Options(new Uri($"http://127.0.0.1:{port}")), TestContext.Current.CancellationToken);

        code.ShouldBe(ExitCodes.Unreachable);
    }

    [Fact]
    public async Task ATodayReplayKeepsWaitingForATargetThatIsNotUpYet()
    {
        // run.sh's replay: a silo restarting or waiting for Redis must not end the day's replay for good.
        var port = Philly311.Ops.TestSupport.RedisServer.FreePort();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var run = ReplayCommand.RunAsync(Options(new Uri($"http://127.0.0.1:{port}"), "--today"), stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(7), TestContext.Current.CancellationToken);
        var stillWaiting = !run.IsCompleted;
        await stop.CancelAsync();

        stillWaiting.ShouldBeTrue("a one-off replay gives up after 5 s; --today must not");
        (await run).ShouldBe(ExitCodes.Interrupted);
    }

    [Fact]
    public void OnlyThisMachineIsATarget()
    {
        Should.Throw<UsageException>(() => Options(new Uri("http://example.com:5080")));
    }
}
