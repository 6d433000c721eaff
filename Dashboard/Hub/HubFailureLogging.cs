using Microsoft.AspNetCore.SignalR;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// Logs what a hub method throws: a <see cref="HubException"/> is an answer to the client (the hub has logged why, one
/// line), anything else is our failure and is logged at Error with its stack trace. The exception still goes to SignalR.
/// </summary>
public sealed partial class HubFailureLogging(ILogger<HubFailureLogging> logger) : IHubFilter
{
    /// <summary>The logger category of SignalR's dispatcher, silenced in favour of this filter.</summary>
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception ex) when (ex is not HubException and not OperationCanceledException)
        {
            LogFailed(invocationContext.HubMethodName, ex);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed")]
    private partial void LogFailed(string method, Exception exception);
}
