namespace Philly311.Ops.Silo.Queues;

/// <summary>Hands each commit to this silo's <see cref="IQueueRouter"/>; a failure is logged and dropped (the queue grains' reconcile re-reads Redis).</summary>
public sealed partial class QueueRouterForwarder(IGrainFactory grains, ILogger<QueueRouterForwarder> logger) : IQueueForwarder
{
    public void Forward(QueueCommit commit)
    {
        try
        {
            _ = grains.GetGrain<IQueueRouter>(0).ForwardAsync(commit);
        }
        catch (Exception ex)
        {
            LogForwardFailed(ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not forward a contact commit to the queues ({ErrorType}: {Reason}); the reconcile will catch up")]
    private partial void LogForwardFailed(string errorType, string reason);
}
