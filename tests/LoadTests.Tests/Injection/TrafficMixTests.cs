using Philly311.Ops.LoadTests.Injection;

namespace Philly311.Ops.LoadTests.Tests.Injection;

public sealed class TrafficMixTests
{
    [Fact]
    public void CountsFollowTheWeightsExactlyOverOneCycle()
    {
        var mix = new TrafficMix([(TrafficKind.Request, 70), (TrafficKind.Update, 20), (TrafficKind.Contact, 10)]);

        var picks = Enumerable.Range(0, 100).Select(_ => mix.Next()).ToList();

        picks.Count(k => k == TrafficKind.Request).ShouldBe(70);
        picks.Count(k => k == TrafficKind.Update).ShouldBe(20);
        picks.Count(k => k == TrafficKind.Contact).ShouldBe(10);
    }

    [Fact]
    public void KindsAreInterleavedNotClumped()
    {
        var mix = new TrafficMix([(TrafficKind.Request, 1), (TrafficKind.Bulk, 1)]);

        var picks = Enumerable.Range(0, 6).Select(_ => mix.Next()).ToList();

        picks.ShouldBe([TrafficKind.Request, TrafficKind.Bulk, TrafficKind.Request, TrafficKind.Bulk, TrafficKind.Request, TrafficKind.Bulk]);
    }

    [Fact]
    public void ZeroWeightsAreNeverPickedAndNoWeightsMeansRequests()
    {
        var mix = new TrafficMix([(TrafficKind.Faq, 0), (TrafficKind.Agent, 0)]);

        mix.Next().ShouldBe(TrafficKind.Request);
        mix.Uses(TrafficKind.Faq).ShouldBeFalse();
    }
}
