using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Hub;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Hub;

public sealed class GroupFramesTests
{
    [Fact]
    public void JoiningTheCityAnswersTheCityWideFrame()
    {
        var snapshot = Snapshots.Sample();

        var frame = GroupFrames.Current(snapshot, OpsGroups.City).ShouldBeOfType<CityFrame>();
        frame.Sequence.ShouldBe(snapshot.Sequence);
        frame.City.ShouldBe(snapshot.City);
        frame.Departments.ShouldBe(snapshot.Departments);
        frame.Channels.ShouldBe(snapshot.Channels);
        frame.QuarterHours.ShouldBe(snapshot.QuarterHours);
    }

    [Theory]
    [InlineData("dept:water", "water")]
    [InlineData("hood:rittenhouse", "rittenhouse")]
    [InlineData("zip:19125", "19125")]
    [InlineData("channel:phone", "phone")]
    public void JoiningAKeyGroupAnswersThatEntrysFrame(string group, string key)
    {
        var snapshot = Snapshots.Sample();

        var frame = GroupFrames.Current(snapshot, group).ShouldBeOfType<CounterFrame>();

        frame.Group.ShouldBe(group);
        frame.Entry.Key.ShouldBe(key);
        frame.Sequence.ShouldBe(snapshot.Sequence);
        frame.AsOf.ShouldBe(snapshot.AsOf);
    }

    [Fact]
    public void AKeyNotOnTheBoardYetOrNoSnapshotAnswersNull()
    {
        GroupFrames.Current(Snapshots.Sample(), "dept:fire").ShouldBeNull();
        GroupFrames.Current(null, OpsGroups.City).ShouldBeNull();
    }
}
