using System.Net;
using System.Net.Sockets;

namespace Philly311.Ops.LoadTests.Hosting;

internal static class FreePort
{
    /// <summary>A loopback port nobody holds right now (the OS picks it; a tiny race is acceptable for a test rig).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
