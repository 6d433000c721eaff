using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Contracts.Queues;

namespace Philly311.Ops.Dashboard.Tests.Hub;

public sealed class OpsGroupsTests
{
    [Theory]
    [InlineData(QueueKeys.City)]
    [InlineData("queue:general")]
    [InlineData("queue:queue-1a2b3c4d")]
    [InlineData("queues:channel:web-chat")]
    public void EveryQueueGrainKeyIsAQueueGroup(string key)
    {
        OpsGroups.IsValid(OpsGroups.Queue(key)).ShouldBeTrue();
        OpsGroups.IsQueue(key).ShouldBeTrue();
        OpsGroups.IsPush(key).ShouldBeFalse();
    }

    [Fact]
    public void APushIdAsThePushGrainMakesItIsAPushGroup()
    {
        var group = OpsGroups.Push("p0123456789ab");

        OpsGroups.IsPush(group).ShouldBeTrue();
        OpsGroups.IsQueue(group).ShouldBeFalse();
        OpsGroups.PushIdOf(group).ShouldBe("p0123456789ab");
    }

    [Theory]
    [InlineData("city")]
    [InlineData("dept:streets")]
    [InlineData("channel:phone")]
    public void TheCounterGroupsAreNeitherQueuesNorPushes(string group)
    {
        OpsGroups.IsValid(group).ShouldBeTrue();
        OpsGroups.IsQueue(group).ShouldBeFalse();
        OpsGroups.IsPush(group).ShouldBeFalse();
    }
}
