using System.Net.Sockets;

namespace Philly311.Ops.LoadTests.Targets;

/// <summary>Short names for transport failures, so the report groups them ("connection refused", "timeout").</summary>
internal static class FailureKind
{
    public static string Of(Exception ex) => ex switch
    {
        TaskCanceledException => "timeout",
        OperationCanceledException => "cancelled in the HTTP stack: " + ex.Message,
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } => "connection refused",
        HttpRequestException { InnerException: SocketException s } => "socket " + s.SocketErrorCode,
        HttpRequestException { HttpRequestError: var error } when error != HttpRequestError.Unknown => "http " + error,
        IOException => "connection reset",
        _ => ex.GetType().Name,
    };

    public static bool IsUnreachable(Exception ex) =>
        ex is HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable } };
}
