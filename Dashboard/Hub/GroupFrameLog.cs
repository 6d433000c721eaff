namespace Philly311.Ops.Dashboard.Hub;

/// <summary>The log lines of <see cref="GroupFramePump{TFrame}"/> and its publishers (a generic type can't hold them).</summary>
internal static partial class GroupFrameLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {Frame}s to hub groups failed")]
    public static partial void SendFailed(ILogger logger, string frame, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Join of {Group}: fetching its frame failed ({ErrorType}: {Reason}); joined, frames follow")]
    public static partial void FetchFailed(ILogger logger, string group, string errorType, string reason);
}
