namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// The one-way hand-off of a durable commit to this silo's router grain (a stateless worker always activates locally),
/// shared by <see cref="RouterForwarder"/> and <c>QueueRouterForwarder</c>. It never throws and never waits: a failure
/// is logged and dropped, since Redis already holds the truth and the grains' reconcile re-reads it.
/// </summary>
/// <param name="target">What the commit feeds, for the log: "a commit to the figures".</param>
public sealed partial class RouterHandoff(string target, ILogger logger)
{
    public void Send(Func<Task> forward)
    {
        try
        {
            _ = forward();
        }
        catch (Exception ex)
        {
            LogForwardFailed(target, ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not forward {Target} ({ErrorType}: {Reason}); the reconcile will catch up")]
    private partial void LogForwardFailed(string target, string errorType, string reason);
}
