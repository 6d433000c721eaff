using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Hub;

/// <summary>A list grain that records its subscribers in the <see cref="StandInLedger"/> and answers the sample board's table.</summary>
public sealed class StandInFigureListGrain(StandInLedger ledger) : Grain, IFigureListGrain
{
    public Task<FigureListFrame> GetFrameAsync()
    {
        var sample = Snapshots.Sample(StandInFigureGrain.Sequence);
        return Task.FromResult(BoardParts.List(sample, this.GetPrimaryKeyString()));
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
