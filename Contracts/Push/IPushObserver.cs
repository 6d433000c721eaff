namespace Philly311.Ops.Contracts.Push;

/// <summary>Receives a push's matrix frames, and a heartbeat each second while it is quiet.</summary>
public interface IPushObserver : IGrainObserver
{
    void OnPushChanged(PushFrame frame);

    void OnPushHeartbeat(string pushId, DateTimeOffset asOf);
}
