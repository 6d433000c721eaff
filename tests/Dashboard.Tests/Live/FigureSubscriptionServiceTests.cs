using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Dashboard.Hub;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Tests.Hub;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Live;

/// <summary>The subscription upkeep on a test silo whose grains never push: what it does on its own, in real time, and that it never polls a screen into looking live.</summary>
public sealed class FigureSubscriptionServiceTests(HubHost host) : IClassFixture<HubHost>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);
    private FigureSubscriptionService? _service;

    public ValueTask InitializeAsync()
    {
        // Before the service runs, so the first calls already meet the fault.
        host.Ledger.TimeOutNext(FigureDimension.Neighborhood, 3);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task ItSubscribesAndFetchesEveryPartEvenThroughTimeoutsAndResubscribesSilentOnes()
    {
        _service = new FigureSubscriptionService(
            host.Services.GetRequiredService<FigureGrains>(), host.Feed, host.Services.GetRequiredService<KeyedFigures>(),
            TimeProvider.System, NullLogger<FigureSubscriptionService>.Instance);

        await _service.StartAsync(TestContext.Current.CancellationToken);

        await Until(() => host.Feed.Current is not null && LiveBoardFeed.Parts.All(host.Ledger.IsSubscribed));
        host.Ledger.SubscribeCalls(FigureDimension.Neighborhood).ShouldBeGreaterThanOrEqualTo(4, "three timeouts, then the call that worked");
        host.Feed.Current!.Sequence.ShouldBe(StandInFigureGrain.Sequence);
        // Fetched numbers are shown, but only a push or a heartbeat vouches for them.
        host.Feed.Freshness.State.ShouldNotBe(FeedState.Live);
        _service.ExecuteTask!.IsCompleted.ShouldBeFalse("a TimeoutException must not stop the service");

        // These grains never send a frame or a heartbeat: after 2 s of silence each is subscribed again.
        var before = host.Ledger.SubscribeCalls(FigureDimension.City);
        await Until(() => host.Ledger.SubscribeCalls(FigureDimension.City) > before);
        // A grain that answers calls but never pushes is a broken push path: screens say so instead of being polled live.
        await Until(() => host.Feed.Freshness.State == FeedState.Stale);
        host.Feed.Current.ShouldNotBeNull("the fetched numbers stay on screen, marked stale");
    }

    public async ValueTask DisposeAsync()
    {
        if (_service is null) return;
        await _service.StopAsync(CancellationToken.None);
        _service.Dispose();
        LiveBoardFeed.Parts.ShouldAllBe(p => !host.Ledger.IsSubscribed(p), "unsubscribed on shutdown");
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the condition never came true");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
