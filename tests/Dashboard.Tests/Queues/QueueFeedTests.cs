using Microsoft.Extensions.Time.Testing;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Queues;

namespace Philly311.Ops.Dashboard.Tests.Queues;

public sealed class QueueFeedTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero));
    private readonly QueueFeed _feed;

    public QueueFeedTests() => _feed = new QueueFeed(_clock);

    [Fact]
    public void TheCityRollUpDecidesWhichQueuesAreWanted()
    {
        _feed.Take(QueueBoardTests.Frame(QueueKeys.City, queues: ["queue:a", "queue:b"]));

        _feed.Wanted.ShouldBe(["queues", "queue:a", "queue:b"], ignoreOrder: true);
    }

    [Fact]
    public void AnOlderFrameNeverReplacesANewerOne()
    {
        _feed.Take(QueueBoardTests.Frame("queue:a", waiting: 5, sequence: 9));

        _feed.Take(QueueBoardTests.Frame("queue:a", waiting: 1, sequence: 3), pushed: false);

        _feed.Frame("queue:a")!.Waiting.ShouldBe(5);
    }

    [Fact]
    public void AHeartbeatAheadOfTheHeldFrameAsksForAFetchAndDoesNotVouchForIt()
    {
        _feed.Take(QueueBoardTests.Frame("queue:a", sequence: 4));
        _clock.Advance(LiveBoardFeed.StaleAfter);

        _feed.TakeHeartbeat(new FigureHeartbeat("queue:a", _clock.GetUtcNow(), 7));

        _feed.NeedsFetch("queue:a").ShouldBeTrue();
        _feed.StateOf("queue:a").ShouldBe(FeedState.Stale);
        _feed.Take(QueueBoardTests.Frame("queue:a", sequence: 7));
        _feed.NeedsFetch("queue:a").ShouldBeFalse();
        _feed.StateOf("queue:a").ShouldBe(FeedState.Live);
    }

    public void Dispose() => _feed.Dispose();
}
