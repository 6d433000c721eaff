namespace Philly311.Ops.Contracts.Figures;

/// <summary>The table of one dimension (<see cref="FigureDimension.Lists"/>), keyed by the dimension name; pushed like a figure.</summary>
public interface IFigureListGrain : IGrainWithStringKey
{
    Task<FigureListFrame> GetFrameAsync();

    Task SubscribeAsync(IFigureObserver observer);

    Task UnsubscribeAsync(IFigureObserver observer);
}
