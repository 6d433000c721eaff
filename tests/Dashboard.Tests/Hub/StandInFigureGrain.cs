using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Hub;

/// <summary>A figure grain that records its subscribers in the <see cref="StandInLedger"/> and answers a fixed frame.</summary>
public sealed class StandInFigureGrain(StandInLedger ledger) : Grain, IFigureGrain
{
    public const long Sequence = 40;

    public Task<FigureFrame> GetFrameAsync()
    {
        var key = this.GetPrimaryKeyString();
        var name = FigureDimension.KeyIn(key);
        return Task.FromResult(new FigureFrame(
            key, Snapshots.AsOf, Sequence, 1, "2026-07-14", Snapshots.Entry(name, name, receivedToday: 3, open: 2), new long[BoardSnapshot.SlotsPerDay]));
    }

    public Task SubscribeAsync(IFigureObserver observer)
    {
        ledger.Subscribed(this.GetPrimaryKeyString(), observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IFigureObserver observer)
    {
        ledger.Unsubscribed(this.GetPrimaryKeyString(), observer);
        return Task.CompletedTask;
    }
}
