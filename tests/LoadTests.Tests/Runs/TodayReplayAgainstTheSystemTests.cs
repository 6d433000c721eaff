using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.LoadTests.Hosting;
using Philly311.Ops.LoadTests.Replay;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Tests.Runs;

/// <summary>
/// The demo's promise against the real system (redis-server, the silo from its Release build, the real clock): after the
/// at-once load the board's bars of today spread over the hours already past, and "open" is believable, not near zero.
/// Whatever the time of day the test runs, it checks what the recording says should be there by now.
/// </summary>
public sealed class TodayReplayAgainstTheSystemTests
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "Data", "philly311_2025-02-14_eagles_parade_day_sample.csv");

    [Fact(Timeout = 120_000)]
    public async Task TheAtOnceLoadSpreadsTodayOverThePastHoursAndLeavesRequestsOpen()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var system = await SelfHostedSystem.StartAsync(_ => { }, ct);
        using var client = new IngestClient(system.SiloUrl, SelfHostedSystem.ApiKey, 4);
        var sample = CaseCsvReader.Read(SamplePath).Events;
        var plan = TodayPlan.Build(sample, CloseTimeEstimates.Read(CloseTimeEstimates.DefaultPath), TimeProvider.System, 1, "e2e-");
        var tally = new ReplayTally();
        var sender = new PatientBulkSender(client, tally, TestContext.Current.SendDiagnosticMessage);

        foreach (var chunk in plan.AtOnce.Chunk(5_000)) (await sender.SendAsync(chunk, ct)).ShouldBeTrue();
        var snapshot = (await client.GetSnapshotAsync(ct)).ShouldNotBeNull();

        tally.Rejected.ShouldBe(0);
        tally.Failed.ShouldBe(0);
        var opened = plan.AtOnce.Count(e => e.Kind == VersionKind.Open);
        snapshot.City.Received.ShouldBe(opened);
        snapshot.City.Open.ShouldBe(plan.OpenAfterLoad(), "every request the load opened and did not close is open on the board");
        snapshot.City.Open.ShouldBeGreaterThan(plan.OpenInDataAfterLoad(),
            "yesterday evening's L&I and street requests are still open by the estimate at any hour of today");

        var now = CityTime.ToLocal(plan.Now);
        if (snapshot.Today != CityTime.DayKey(DateOnly.FromDateTime(now.DateTime)))
        {
            // The test ran across midnight: the new day has nothing from a load planned the day before.
            snapshot.QuarterHours.Sum().ShouldBe(0);
            return;
        }
        snapshot.QuarterHours.Length.ShouldBe(BoardSnapshot.SlotsPerDay);
        snapshot.QuarterHours.ShouldBe(plan.QuarterHoursToday());
        // Counted straight from the CSV by the documented mapping, not from the plan: the sample's own day (Feb 14) up to
        // the current time of day, its last six hours again six hours later, and from 19:49 tomorrow's pass (Feb 13 evening).
        var local = sample.Select(e => CityTime.ToLocal(e.RequestedDatetime).DateTime).ToList();
        var last = local.Max();
        var dueByNow = local.Where(t => t.Day == 14 && t.TimeOfDay <= now.TimeOfDay)
            .Concat(local.Where(t => t > last.AddHours(-6) && t.AddHours(6).TimeOfDay <= now.TimeOfDay).Select(t => t.AddHours(6)))
            .Concat(local.Where(t => t.Day == 13 && t.TimeOfDay <= now.TimeOfDay))
            .ToList();
        snapshot.QuarterHours.Sum().ShouldBe(dueByNow.Count);
        var hours = Enumerable.Range(0, 24).Count(h => snapshot.QuarterHours.Skip(h * 4).Take(4).Sum() > 0);
        hours.ShouldBe(dueByNow.Select(t => t.Hour).Distinct().Count());
        if (now.Hour >= 13) hours.ShouldBeGreaterThanOrEqualTo(9, "the sample has requests in nine hours of its day, 01:00 to 12:53");
    }
}
