using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Live;

/// <summary>The board composed from the city figure and the five list grains, driven part by part.</summary>
public sealed class LiveBoardFeedTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _clock = new(Snapshots.AsOf);
    private readonly LiveBoardFeed _feed;

    public LiveBoardFeedTests() => _feed = new LiveBoardFeed(_clock, NullLogger<LiveBoardFeed>.Instance);

    public void Dispose() => _feed.Dispose();

    [Fact]
    public void BeforeAnyFrameTheFeedIsWaitingWithNoSnapshotAndWantsEveryPart()
    {
        _feed.Current.ShouldBeNull();
        _feed.Freshness.State.ShouldBe(FeedState.Waiting);
        LiveBoardFeed.Parts.ShouldBe(["city", "dept", "hood", "zip", "channel", "service"]);
        LiveBoardFeed.Parts.ShouldAllBe(p => _feed.StatusOf(p).NeedsFetch);
    }

    [Fact]
    public void UntilEveryPartHasSentAFrameTheFeedWaitsInsteadOfShowingZeros()
    {
        var snapshot = Snapshots.Sample();
        _feed.TakeCity(BoardParts.City(snapshot));
        foreach (var dimension in FigureDimension.Lists.Where(d => d != FigureDimension.Service)) _feed.TakeList(BoardParts.List(snapshot, dimension));

        _feed.Current.ShouldBeNull("the request-type list has not come yet");
        _feed.Freshness.State.ShouldBe(FeedState.Waiting);

        _feed.TakeList(BoardParts.List(snapshot, FigureDimension.Service));

        _feed.Current.ShouldNotBeNull();
        _feed.Freshness.State.ShouldBe(FeedState.Live);
    }

    [Fact]
    public async Task TheBoardIsComposedFromTheCityFigureAndTheListsAndReachesEverySubscriber()
    {
        var first = Recorder();
        var second = Recorder();
        using var a = _feed.Subscribe(first.Record);
        using var b = _feed.Subscribe(second.Record);
        var snapshot = Snapshots.Sample();

        _feed.Publish(snapshot);

        var seen = (await first.UntilAsync(u => u.Snapshot is not null)).Snapshot!;
        seen.City.ShouldBe(snapshot.City);
        seen.QuarterHours.ShouldBe(snapshot.QuarterHours);
        seen.Today.ShouldBe(snapshot.Today);
        seen.Departments.ShouldBe(snapshot.Departments);
        seen.Neighborhoods.ShouldBe(snapshot.Neighborhoods);
        seen.Zipcodes.ShouldBe(snapshot.Zipcodes);
        seen.Channels.ShouldBe(snapshot.Channels);
        seen.Services.ShouldBe(snapshot.Services);
        var other = await second.UntilAsync(u => u.Snapshot is not null);
        other.Freshness.State.ShouldBe(FeedState.Live);
        other.Freshness.AsOf.ShouldBe(snapshot.AsOf);
    }

    [Fact]
    public void TheSequenceIsTheLowestOfThePartsAndTheAsOfTheOldest()
    {
        var board = Snapshots.Sample(sequence: 10, asOf: Snapshots.AsOf.AddSeconds(1));
        _feed.Publish(board);

        _feed.TakeCity(BoardParts.City(board with { Sequence = 12, AsOf = Snapshots.AsOf.AddSeconds(3) }));
        _feed.TakeList(BoardParts.List(board with { Sequence = 11, AsOf = Snapshots.AsOf.AddSeconds(2) }, FigureDimension.Department));

        _feed.Current!.Sequence.ShouldBe(10, "the other lists are complete only up to 10");
        _feed.Current.AsOf.ShouldBe(Snapshots.AsOf.AddSeconds(1));

        foreach (var dimension in new[] { FigureDimension.Neighborhood, FigureDimension.Zip, FigureDimension.Channel, FigureDimension.Service })
        {
            _feed.TakeList(BoardParts.List(board with { Sequence = 13, AsOf = Snapshots.AsOf.AddSeconds(4) }, dimension));
        }

        _feed.Current.Sequence.ShouldBe(11, "now the department list is the one behind");
        _feed.Current.AsOf.ShouldBe(Snapshots.AsOf.AddSeconds(2));
    }

    [Fact]
    public void TheCityFrameIsMadeOfTheCityDepartmentsAndChannelsAndALaggingNeighborhoodListDoesNotHoldItBack()
    {
        var board = Snapshots.Sample(sequence: 10);
        _feed.Publish(board);
        var built = _feed.CityFramesBuilt;
        var next = board with { Sequence = 11, AsOf = Snapshots.AsOf.AddSeconds(1), City = board.City with { Open = 5679 } };

        _feed.TakeCity(BoardParts.City(next));
        _feed.CityFrame!.Sequence.ShouldBe(10, "the department and channel lists are complete only up to 10");
        _feed.TakeList(BoardParts.List(next, FigureDimension.Department));
        _feed.TakeList(BoardParts.List(next, FigureDimension.Channel));

        var frame = _feed.CityFrame;
        frame.Sequence.ShouldBe(11);
        frame.City.Open.ShouldBe(5679);
        frame.Departments.ShouldBe(next.Departments);
        frame.Channels.ShouldBe(next.Channels);
        frame.QuarterHours.ShouldBe(next.QuarterHours);
        _feed.Current!.Sequence.ShouldBe(10, "the board as a whole still waits for the other lists");
        (_feed.CityFramesBuilt - built).ShouldBe(3, "one per part change, never per reader");
    }

    [Fact]
    public async Task AHeartbeatForTheSameSequenceMovesTheAsOfTimeForward()
    {
        var snapshot = Snapshots.Sample(sequence: 7);
        _feed.Publish(snapshot);
        var recorder = Recorder();
        using var subscription = _feed.Subscribe(recorder.Record);

        _feed.OnHeartbeat(new BoardHeartbeat(snapshot.AsOf.AddSeconds(3), 7));

        (await recorder.UntilAsync(u => u.Freshness.AsOf == snapshot.AsOf.AddSeconds(3))).Snapshot!.Sequence.ShouldBe(7);
        LiveBoardFeed.Parts.ShouldAllBe(p => !_feed.StatusOf(p).NeedsFetch);
    }

    [Fact]
    public void TheAsOfTimeMovesOnlyAsFarAsTheOldestPartVouched()
    {
        var snapshot = Snapshots.Sample(sequence: 7);
        _feed.Publish(snapshot);

        foreach (var part in LiveBoardFeed.Parts.Where(p => p != FigureDimension.Zip)) _feed.TakeHeartbeat(new FigureHeartbeat(part, snapshot.AsOf.AddSeconds(3), 7));

        _feed.Freshness.AsOf.ShouldBe(snapshot.AsOf, "the ZIP list has not vouched for anything newer");
    }

    [Fact]
    public void AHeartbeatForANewerSequenceAsksForThatPartAndDoesNotVouchForOldNumbers()
    {
        var snapshot = Snapshots.Sample(sequence: 7);
        _feed.Publish(snapshot);
        _clock.Advance(TimeSpan.FromSeconds(3));

        _feed.TakeHeartbeat(new FigureHeartbeat(FigureDimension.Department, snapshot.AsOf.AddSeconds(3), 9));

        _feed.StatusOf(FigureDimension.Department).NeedsFetch.ShouldBeTrue();
        _feed.StatusOf(FigureDimension.Department).HeardAt.ShouldBe(Snapshots.AsOf, "the heartbeat is not counted as hearing from the list");
        _feed.StatusOf(FigureDimension.City).NeedsFetch.ShouldBeFalse();
        _feed.Freshness.AsOf.ShouldBe(snapshot.AsOf);
    }

    [Fact]
    public void HeartbeatsForNewerNumbersDoNotKeepOldNumbersLive()
    {
        var snapshot = Snapshots.Sample(sequence: 7);
        _feed.Publish(snapshot);

        for (var second = 1; second <= 6; second++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            _feed.OnHeartbeat(new BoardHeartbeat(snapshot.AsOf.AddSeconds(second), 9));
        }

        _feed.Freshness.State.ShouldBe(FeedState.Stale, "the frames for sequence 9 never came");
    }

    [Fact]
    public void OnePartGoingSilentMakesTheBoardStaleThoughTheOthersAreLive()
    {
        var snapshot = Snapshots.Sample(sequence: 7);
        _feed.Publish(snapshot);

        for (var second = 1; second <= 6; second++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            foreach (var part in LiveBoardFeed.Parts.Where(p => p != FigureDimension.Neighborhood))
            {
                _feed.TakeHeartbeat(new FigureHeartbeat(part, snapshot.AsOf.AddSeconds(second), 7));
            }
        }

        _feed.Freshness.State.ShouldBe(FeedState.Stale, "the neighborhood list has been silent for 6 s");
        _feed.LastFrameAt.ShouldBe(Snapshots.AsOf, "the board was last heard from as a whole when the neighborhoods spoke");
        _feed.StatusOf(FigureDimension.Channel).HeardAt.ShouldBe(Snapshots.AsOf.AddSeconds(6));
    }

    [Fact]
    public void AnOlderFrameFetchedLateDoesNotReplaceANewerOne()
    {
        var newer = Snapshots.Sample(sequence: 10, asOf: Snapshots.AsOf.AddSeconds(2));
        _feed.Publish(newer);
        var before = _feed.Current;

        var older = Snapshots.Sample(sequence: 9, asOf: Snapshots.AsOf);
        _feed.TakeCity(BoardParts.City(older with { City = older.City with { Open = 1 } }));
        _feed.TakeList(BoardParts.List(older with { Departments = [] }, FigureDimension.Department));

        _feed.Current.ShouldBeSameAs(before);
        _feed.Current!.City.ShouldBe(newer.City);
    }

    [Fact]
    public void ALowerSequenceReadLaterIsTakenBecauseTheCounterStoreWasReset()
    {
        _feed.Publish(Snapshots.Sample(sequence: 10));

        _feed.Publish(Snapshots.Sample(sequence: 2, asOf: Snapshots.AsOf.AddSeconds(5)));

        _feed.Current!.Sequence.ShouldBe(2);
    }

    [Fact]
    public void TheSameFrameAgainKeepsTheBoardAsItIsButCountsAsHeard()
    {
        var snapshot = Snapshots.Sample(sequence: 7);
        _feed.Publish(snapshot);
        var before = _feed.Current;
        _clock.Advance(TimeSpan.FromSeconds(3));

        _feed.TakeCity(BoardParts.City(snapshot));

        _feed.Current.ShouldBeSameAs(before, "nothing changed, so nothing is sent to screens again");
        _feed.StatusOf(FigureDimension.City).HeardAt.ShouldBe(Snapshots.AsOf.AddSeconds(3));
    }

    [Fact]
    public async Task TheFeedTurnsStaleFiveSecondsAfterTheLastFrameWithoutAnyNewFrame()
    {
        _feed.Publish(Snapshots.Sample());
        var recorder = Recorder();
        using var subscription = _feed.Subscribe(recorder.Record);

        _clock.Advance(TimeSpan.FromSeconds(4.5));
        _feed.Freshness.State.ShouldBe(FeedState.Live);
        _clock.Advance(TimeSpan.FromSeconds(1));

        (await recorder.UntilAsync(u => u.Freshness.State != FeedState.Live)).Freshness.State.ShouldBe(FeedState.Stale);
    }

    [Fact]
    public void WithoutFramesAndWithoutTheClusterTheFeedSaysDisconnected()
    {
        _feed.Publish(Snapshots.Sample());
        _feed.ReportClusterReachable(false);
        _feed.Freshness.State.ShouldBe(FeedState.Live);

        _clock.Advance(TimeSpan.FromSeconds(6));

        _feed.Freshness.State.ShouldBe(FeedState.Disconnected);
    }

    [Fact]
    public async Task ASlowSubscriberDoesNotHoldUpTheOthersOrThePublisher()
    {
        var blocked = new TaskCompletionSource();
        using var slow = _feed.Subscribe((_, _) => blocked.Task);
        var fast = Recorder();
        using var subscription = _feed.Subscribe(fast.Record);

        for (var sequence = 1; sequence <= 100; sequence++) _feed.Publish(Snapshots.Sample(sequence: sequence, asOf: Snapshots.AsOf.AddSeconds(sequence)));

        await fast.UntilAsync(u => u.Snapshot?.Sequence == 100);
        blocked.SetResult();
    }

    [Fact]
    public async Task AFailingSubscriberKeepsReceivingLaterUpdates()
    {
        var calls = 0;
        var second = new TaskCompletionSource();
        using var subscription = _feed.Subscribe((_, _) =>
        {
            if (Interlocked.Increment(ref calls) >= 2) second.TrySetResult();
            throw new ObjectDisposedException("circuit");
        });

        _feed.Publish(Snapshots.Sample(sequence: 1));
        await WaitUntilAsync(() => Volatile.Read(ref calls) >= 1);
        _feed.Publish(Snapshots.Sample(sequence: 2, asOf: Snapshots.AsOf.AddSeconds(1)));

        await second.Task.WaitAsync(Timeout, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ADisposedSubscriptionGetsNothingMore()
    {
        var recorder = Recorder();
        var subscription = _feed.Subscribe(recorder.Record);
        var other = Recorder();
        using var still = _feed.Subscribe(other.Record);

        subscription.Dispose();
        _feed.Publish(Snapshots.Sample());

        await other.NextAsync();
        recorder.Count.ShouldBe(0);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException();
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    private static UpdateRecorder Recorder() => new();

    private sealed record Update(BoardSnapshot? Snapshot, BoardFreshness Freshness);

    private sealed class UpdateRecorder
    {
        private readonly Channel<Update> _updates = Channel.CreateUnbounded<Update>();
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Task Record(BoardSnapshot? snapshot, BoardFreshness freshness)
        {
            Interlocked.Increment(ref _count);
            _updates.Writer.TryWrite(new Update(snapshot, freshness));
            return Task.CompletedTask;
        }

        public async Task<Update> NextAsync() =>
            await _updates.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Timeout);

        public async Task<Update> UntilAsync(Func<Update, bool> match)
        {
            while (true)
            {
                var update = await NextAsync();
                if (match(update)) return update;
            }
        }
    }
}
