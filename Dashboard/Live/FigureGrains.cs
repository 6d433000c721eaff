using Philly311.Ops.Contracts.Figures;

namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// Calls to the figure and list grains by source key (<c>city</c>, <c>dept:streets</c> ... for figures, a dimension
/// name such as <c>dept</c> for its list), all with this process's one observer reference.
/// </summary>
public sealed class FigureGrains(IGrainFactory grains, FigureObserver observer, LiveBoardFeed feed, Hub.KeyedFigures keyed)
{
    private readonly Lock _gate = new();
    private IFigureObserver? _reference;

    /// <summary>This process's one object reference; created on first use, once the client runs, since it is bound to the client's address.</summary>
    public IFigureObserver Reference
    {
        get
        {
            lock (_gate) return _reference ??= grains.CreateObjectReference<IFigureObserver>(observer);
        }
    }

    public static bool IsList(string source) => FigureDimension.Lists.Contains(source);

    public Task SubscribeAsync(string source) =>
        IsList(source) ? grains.GetGrain<IFigureListGrain>(source).SubscribeAsync(Reference) : grains.GetGrain<IFigureGrain>(source).SubscribeAsync(Reference);

    public Task UnsubscribeAsync(string source) =>
        IsList(source) ? grains.GetGrain<IFigureListGrain>(source).UnsubscribeAsync(Reference) : grains.GetGrain<IFigureGrain>(source).UnsubscribeAsync(Reference);

    public Task<FigureFrame> GetFrameAsync(string figureKey) => grains.GetGrain<IFigureGrain>(figureKey).GetFrameAsync();

    /// <summary>
    /// Fetches the source's current frame for whoever holds it. Marked as fetched: it brings numbers but does not vouch
    /// for the push path, so it never keeps a screen "Live" on its own.
    /// </summary>
    public async Task FetchAsync(string source)
    {
        if (IsList(source)) feed.TakeList(await grains.GetGrain<IFigureListGrain>(source).GetFrameAsync(), pushed: false);
        else if (source == FigureDimension.City) feed.TakeCity(await GetFrameAsync(source), pushed: false);
        else keyed.Take(await GetFrameAsync(source));
    }

    /// <summary>Stops the reference on shutdown: the grains' calls to it fail fast instead of waiting for expiry.</summary>
    public void DeleteReference()
    {
        lock (_gate)
        {
            if (_reference is null) return;
            grains.DeleteObjectReference<IFigureObserver>(observer);
            _reference = null;
        }
    }
}
