using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Dashboard.Hub;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Hub;

public sealed class CounterDiffTests
{
    [Fact]
    public void OnlyTheEntriesThatChangedGetAFrame()
    {
        var before = Snapshots.Sample(sequence: 42);
        var after = before with
        {
            Sequence = 43,
            AsOf = before.AsOf.AddSeconds(1),
            Departments = Replace(before.Departments, "police", e => e with { Open = e.Open + 1, Received = e.Received + 1 }),
            Neighborhoods = Replace(before.Neighborhoods, "kensington", e => e with { ReceivedToday = e.ReceivedToday + 1 }),
            Channels = Replace(before.Channels, "web", e => e with { ClosedToday = e.ClosedToday + 1 }),
        };

        var frames = CounterDiff.ChangedFrames(before, after);

        frames.Select(f => (f.Group, f.Entry.Key)).ShouldBe(
            [("dept:police", "police"), ("hood:kensington", "kensington"), ("channel:web", "web")], ignoreOrder: true);
        frames.ShouldAllBe(f => f.Sequence == 43 && f.AsOf == after.AsOf);
        frames.Single(f => f.Group == "dept:police").Entry.ShouldBe(after.Departments.Single(d => d.Key == "police"));
    }

    [Fact]
    public void AnIdenticalSnapshotProducesNoFrames()
    {
        var before = Snapshots.Sample();
        var copy = before with { Departments = before.Departments.Select(e => e with { }).ToArray(), Sequence = 43 };

        CounterDiff.ChangedFrames(before, copy).ShouldBeEmpty();
    }

    [Fact]
    public void ANewKeyGetsAFrame()
    {
        var before = Snapshots.Sample();
        var after = before with { Zipcodes = [.. before.Zipcodes, Snapshots.Entry("19103", "19103", 1, 1)] };

        var frames = CounterDiff.ChangedFrames(before, after);

        frames.Select(f => f.Group).ShouldBe(["zip:19103"]);
    }

    [Fact]
    public void WithoutAPreviousSnapshotEveryEntryGetsAFrameInItsOwnGroup()
    {
        var snapshot = Snapshots.Sample();

        var frames = CounterDiff.ChangedFrames(null, snapshot);

        frames.Count.ShouldBe(snapshot.Departments.Length + snapshot.Neighborhoods.Length + snapshot.Zipcodes.Length + snapshot.Channels.Length);
        frames.ShouldContain(f => f.Group == "dept:streets");
        frames.ShouldContain(f => f.Group == "hood:fishtown");
        frames.ShouldContain(f => f.Group == "zip:19134");
        frames.ShouldContain(f => f.Group == "channel:app");
    }

    [Fact]
    public void KeysNoClientCouldJoinAreSkipped()
    {
        var before = Snapshots.Sample();
        var after = before with { Departments = [.. before.Departments, Snapshots.Entry("Bad Key", "Bad", 1, 1)] };

        CounterDiff.ChangedFrames(before, after).ShouldBeEmpty();
    }

    private static CounterEntry[] Replace(CounterEntry[] entries, string key, Func<CounterEntry, CounterEntry> change) =>
        entries.Select(e => e.Key == key ? change(e) : e).ToArray();
}
