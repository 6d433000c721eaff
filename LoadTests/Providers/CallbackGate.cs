namespace Philly311.Ops.LoadTests.Providers;

/// <summary>
/// Holds the simulator's delivery callbacks (sends are still taken and answered) until released: a test that must watch
/// statuses arrive on an open page holds them until the page is up, instead of betting on a callback delay being longer
/// than the page takes to come up on a loaded machine. Open unless held.
/// </summary>
public sealed class CallbackGate
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _open = Opened();

    public void Hold()
    {
        lock (_lock)
        {
            if (_open.Task.IsCompleted) _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release()
    {
        lock (_lock) _open.TrySetResult();
    }

    internal Task PassedAsync()
    {
        lock (_lock) return _open.Task;
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}
