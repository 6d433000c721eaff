using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Dashboard.Push;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Push;

public sealed class ActiveEventTileTests : BoardTestContext
{
    [Fact]
    public void AnEventFeedSilentForFiveSecondsTurnsTheTileStaleInWordsWithItsNumbersDimmed()
    {
        var feed = Services.GetRequiredService<EmergencyFeed>();
        var tile = Render<ActiveEventTile>();
        tile.Find("[data-testid='active-event']").GetAttribute("data-state").ShouldBe("Waiting");
        var heard = Clock.GetUtcNow();

        feed.OnDirectoryChanged(Directory(heard));

        tile.WaitForAssertion(() => tile.Find("[data-testid='active-event']").GetAttribute("data-state").ShouldBe("Live"));
        tile.Find(".tile-stamp[data-state]").TextContent.ShouldContain("Live");
        tile.Find(".active-event-numbers").TextContent.ShouldContain("3 delivered, 1 failed of 5");
        tile.FindAll("[data-testid='active-event-stale']").ShouldBeEmpty();

        Clock.Advance(TimeSpan.FromSeconds(6));

        tile.WaitForAssertion(() => tile.Find("[data-testid='active-event']").GetAttribute("data-state").ShouldBe("Stale"));
        tile.Find("[data-testid='active-event']").ClassList.ShouldContain("active-event-tile--stale");
        tile.Find(".tile-stamp[data-state]").TextContent.ShouldContain("Stale");
        tile.Find("[data-testid='active-event-stale']").TextContent.ShouldStartWith($"Stale — no frame since {Philly311.Ops.Dashboard.Time.CityClock.TimeOfDay(heard)}");

        feed.OnDirectoryChanged(Directory(Clock.GetUtcNow()));

        tile.WaitForAssertion(() => tile.Find("[data-testid='active-event']").GetAttribute("data-state").ShouldBe("Live"));
    }

    private static EventDirectoryFrame Directory(DateTimeOffset asOf) =>
        new(asOf, [new EventSummary("e1", EventKind.SnowEmergency, "Blizzard", EventStatus.Active, false, asOf.AddHours(-1), null,
            new PushProgress("p1", false, new StatusCounts(1, 0, 3, 0, 0, 1, 0), asOf))]);
}
