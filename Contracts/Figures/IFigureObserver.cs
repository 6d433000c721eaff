namespace Philly311.Ops.Contracts.Figures;

/// <summary>
/// Receives the frames of figure and list grains; one per dashboard process serves all its screens.
/// Subscriptions expire (<see cref="IFigureGrain.SubscriptionLifetime"/>), so subscribers renew them on a timer.
/// </summary>
public interface IFigureObserver : IGrainObserver
{
    void OnFigureChanged(FigureFrame frame);

    void OnListChanged(FigureListFrame frame);

    void OnHeartbeat(FigureHeartbeat heartbeat);
}
