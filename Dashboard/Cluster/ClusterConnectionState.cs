namespace Philly311.Ops.Dashboard.Cluster;

/// <summary>
/// Whether the Orleans client reaches at least one gateway, as Orleans reports it. Until the first report
/// the count is unknown; the client's start (which only returns once it reached a gateway) covers that part.
/// </summary>
public sealed class ClusterConnectionState : IClusterConnectionStatusObserver
{
    private const int Unknown = -1;
    private int _gateways = Unknown;

    /// <summary>False only after Orleans said the connection is gone (no gateway left) and has not yet come back.</summary>
    public bool LostSinceLastReport => Volatile.Read(ref _gateways) == 0;

    public int? Gateways => Volatile.Read(ref _gateways) is var n and >= 0 ? n : null;

    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered) =>
        Volatile.Write(ref _gateways, currentNumberOfGateways);

    public void NotifyClusterConnectionLost() => Volatile.Write(ref _gateways, 0);
}
