namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// Hands each commit to this silo's <see cref="IDeltaRouter"/> (a stateless worker always activates locally).
/// A failure is logged and dropped: the figures' reconcile re-reads Redis, which already holds the truth.
/// </summary>
public sealed partial class RouterForwarder(IGrainFactory grains, ILogger<RouterForwarder> logger) : IFigureForwarder
{
    public void Forward(CommittedChanges changes)
    {
        try
        {
            _ = grains.GetGrain<IDeltaRouter>(0).ForwardAsync(changes);
        }
        catch (Exception ex)
        {
            LogForwardFailed(ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not forward a commit to the figures ({ErrorType}: {Reason}); the reconcile will catch up")]
    private partial void LogForwardFailed(string errorType, string reason);
}
