namespace Philly311.Ops.Contracts.Figures;

/// <summary>
/// One live figure, keyed by its hub group (<c>city</c>, <c>dept:streets</c>, <c>service:abandoned-vehicle</c> ...).
/// It is fed after each durable Redis commit, pushes changed frames to its observers (a few a second at most) and a
/// heartbeat while quiet. Redis is the truth: the grain loads from it on activation and re-reads on a gap.
/// </summary>
public interface IFigureGrain : IGrainWithStringKey
{
    /// <summary>An observer not renewed within this time stops getting frames.</summary>
    static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(2);

    Task<FigureFrame> GetFrameAsync();

    Task SubscribeAsync(IFigureObserver observer);

    Task UnsubscribeAsync(IFigureObserver observer);
}
