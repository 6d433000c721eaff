using Philly311.Ops.Contracts.Push;
using static Philly311.Ops.Contracts.Push.DeliveryStatus;

namespace Philly311.Ops.Silo.Tests.Push;

public sealed class DeliveryTransitionsTests
{
    private static readonly HashSet<(DeliveryStatus, DeliveryStatus)> Legal =
    [
        (Queued, Sending), (Queued, Cancelled),
        (Sending, Delivered), (Sending, FailedTemporary), (Sending, FailedPermanent),
        (FailedTemporary, Retrying), (FailedTemporary, FailedPermanent), (FailedTemporary, Cancelled),
        (Retrying, Sending), (Retrying, Cancelled),
    ];

    public static TheoryData<DeliveryStatus, DeliveryStatus> EveryPair()
    {
        var data = new TheoryData<DeliveryStatus, DeliveryStatus>();
        foreach (var from in Enum.GetValues<DeliveryStatus>())
            foreach (var to in Enum.GetValues<DeliveryStatus>()) data.Add(from, to);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void OnlyTheDocumentedMovesAreAllowed(DeliveryStatus from, DeliveryStatus to) =>
        DeliveryTransitions.IsAllowed(from, to).ShouldBe(Legal.Contains((from, to)), $"{from} → {to}");

    [Fact]
    public void FinalStatesNeverMoveAgain()
    {
        foreach (var final in new[] { Delivered, FailedPermanent, Cancelled })
        {
            DeliveryTransitions.IsFinal(final).ShouldBeTrue();
            Enum.GetValues<DeliveryStatus>().ShouldAllBe(to => !DeliveryTransitions.IsAllowed(final, to));
        }
        new[] { Queued, Sending, FailedTemporary, Retrying }.ShouldAllBe(s => !DeliveryTransitions.IsFinal(s));
    }

    [Fact]
    public void WireNamesRoundTrip()
    {
        foreach (var status in Enum.GetValues<DeliveryStatus>())
        {
            DeliveryStatusNames.TryParse(DeliveryStatusNames.Of(status), out var back).ShouldBeTrue();
            back.ShouldBe(status);
        }
        DeliveryStatusNames.Of(FailedTemporary).ShouldBe("failed_temporary");
        DeliveryStatusNames.TryParse("Delivered", out _).ShouldBeFalse();
    }
}
