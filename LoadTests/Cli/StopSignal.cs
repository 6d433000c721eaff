namespace Philly311.Ops.LoadTests.Cli;

/// <summary>
/// Ctrl-C and SIGTERM become a cancellation, so every loop winds down, child processes are killed
/// and the totals still print. A second Ctrl-C is a hard stop: the children are killed at once, then the runtime
/// ends the process (it runs no exit handlers on SIGINT, so this is the last chance not to orphan a silo).
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly System.Runtime.InteropServices.PosixSignalRegistration _term;

    public StopSignal()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        _term = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM,
            context => { context.Cancel = true; Stop(); });
    }

    public CancellationToken Token => _stop.Token;

    public bool Requested => _stop.IsCancellationRequested;

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (_stop.IsCancellationRequested)
        {
            Hosting.ChildProcess.KillAll();
            return;
        }
        e.Cancel = true;
        Stop();
    }

    private void Stop()
    {
        try { _stop.Cancel(); }
        catch (ObjectDisposedException) { }
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _term.Dispose();
        _stop.Dispose();
    }
}
