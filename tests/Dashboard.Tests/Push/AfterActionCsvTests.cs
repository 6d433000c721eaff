using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Dashboard.Events;

namespace Philly311.Ops.Dashboard.Tests.Push;

public sealed class AfterActionCsvTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TimelineDeliveriesAndDeflectionWithItsCallsAreRowsWithCityTimesAndQuotedText()
    {
        var declaration = new EventDeclaration(EventKind.SnowEmergency, "Blizzard, \"big\" one", [], At, null, false);
        var snapshot = new EventSnapshot("e1", EventStatus.Active, declaration, null,
            [new TimelineEntry(At, "liaison", "push", "2 deliveries, 1 item", "parking-routes@v1 en,es", "p1")], ["p1"], 2, At);
        var delivery = new DeliveryRecord("p1.0", "p1", "parking-routes", 1, "es", PushChannel.Sms, "p1:parking-routes@v1:es:sms",
            DeliveryStatus.FailedPermanent, 6, "gave up after 6 attempts: sim answered 503", At, false);
        var frame = new PushFrame("p1", "e1", false, At, "liaison", ["es"], [PushChannel.Sms], [], StatusCounts.Count([DeliveryStatus.FailedPermanent]), [], 1, At);
        var deflection = new DeflectionSeries("p1", At, "parking", "parking", ["abandoned-vehicle"], At, [4, 4, 2], 1, 16, 10, true,
            "requests about parking −38 % in the hour after the push (16 → 10)", ["streets-sanitation"],
            new DeflectionCounts([13, 10, 8], 52, 32, "calls about parking −38 % in the hour after the push (52 → 32, queue streets-sanitation)"), At);

        var csv = AfterActionCsv.Write(new AfterActionReport(snapshot, [new AfterActionPush(frame, [delivery])], [deflection], At));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines.Length.ShouldBe(4);
        lines[1].ShouldStartWith("timeline,e1,2026-12-01T10:00:00-05:00,liaison,push,\"2 deliveries, 1 item\",\"parking-routes@v1 en,es\",p1");
        lines[2].ShouldContain(",p1.0,parking-routes,1,es,Sms,failed_permanent,6,gave up after 6 attempts: sim answered 503,");
        lines[3].ShouldContain("requests about parking −38 % in the hour after the push (16 → 10)");
        lines[3].ShouldContain(",4 4 2,16,10,2026-12-01T10:00:00-05:00,abandoned-vehicle,streets-sanitation,13 10 8,52,32,");
        lines[3].ShouldEndWith(",\"calls about parking −38 % in the hour after the push (52 → 32, queue streets-sanitation)\"");
        lines.ShouldAllBe(line => line.Split(',').Length >= lines[0].Split(',').Length, "every row has every column");
    }
}
