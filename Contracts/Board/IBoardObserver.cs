namespace Philly311.Ops.Contracts.Board;

/// <summary>Receives board frames. Subscriptions expire, so subscribers renew them on a timer.</summary>
public interface IBoardObserver : IGrainObserver
{
    void OnBoardChanged(BoardSnapshot snapshot);

    void OnHeartbeat(BoardHeartbeat heartbeat);
}
