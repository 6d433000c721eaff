using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Live;

public sealed class LiveBoardFeedTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _clock = new(Snapshots.AsOf);
    private readonly LiveBoardFeed _feed;

    public LiveBoardFeedTests() => _feed = new LiveBoardFeed(_clock, NullLogger<LiveBoardFeed>.Instance);

    public void Dispose() => _feed.Dispose();

    [Fact]
    public void BeforeAnyFrameTheFeedIsWaitingWithNoSnapshot()
    {
        _feed.Current.ShouldBeNull();
        _feed.Freshness.State.ShouldBe(FeedState.Waiting);
        _feed.WantsSnapshot.ShouldBeTrue();
    }

    [Fact]
    public async Task APublishedSnapshotReachesEverySubscriber()
    {
        var first = Recorder();
        var second = Recorder();
        using var a = _feed.Subscribe(first.Record);
        using var b = _feed.Subscribe(second.Record);
        var snapshot = Snapshots.Sample();

        _feed.Publish(snapshot);

        (await first.NextAsync()).Snapshot.ShouldBeSameAs(snapshot);
        var seen = await second.NextAsync();
        seen.Snapshot.ShouldBeSameAs(snapshot);
        seen.Freshness.State.ShouldBe(FeedState.Live);
        seen.Freshness.AsOf.ShouldBe(snapshot.AsOf);
    }

    [Fact]
    public async Task AHeartbeatForTheSameSequenceMovesTheAsOfTimeForward()
    {
        var snapshot = Snapshots.Sample(sequence: 7);
        _feed.Publish(snapshot);
        var recorder = Recorder();
        using var subscription = _feed.Subscribe(recorder.Record);

        _feed.OnHeartbeat(new BoardHeartbeat(snapshot.AsOf.AddSeconds(3), 7));

        (await recorder.NextAsync()).Freshness.AsOf.ShouldBe(snapshot.AsOf.AddSeconds(3));
        _feed.WantsSnapshot.ShouldBeFalse();
    }

    [Fact]
    public void AHeartbeatForANewerSequenceAsksForTheMissedSnapshotAndDoesNotVouchForOldNumbers()
    {
        var snapshot = Snapshots.Sample(sequence: 7);
        _feed.Publish(snapshot);

        _feed.OnHeartbeat(new BoardHeartbeat(snapshot.AsOf.AddSeconds(3), 9));

        _feed.WantsSnapshot.ShouldBeTrue();
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

        _feed.Freshness.State.ShouldBe(FeedState.Stale, "the snapshot for sequence 9 never came");
    }

    [Fact]
    public void AnOlderSnapshotFetchedLateDoesNotReplaceANewerOne()
    {
        var newer = Snapshots.Sample(sequence: 10, asOf: Snapshots.AsOf.AddSeconds(2));
        _feed.Publish(newer);

        _feed.Publish(Snapshots.Sample(sequence: 9, asOf: Snapshots.AsOf));

        _feed.Current.ShouldBeSameAs(newer);
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

        (await recorder.NextAsync()).Freshness.State.ShouldBe(FeedState.Stale);
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
