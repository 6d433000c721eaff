namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// When a figure or list grain sends: a changed frame at once if nothing went out for <see cref="MinInterval"/>,
/// otherwise when that interval has passed (changes in between are coalesced into one frame), so a quiet city gets
/// its numbers without delay and a surge gets at most 1 s / <see cref="MinInterval"/> frames a second per figure.
/// </summary>
public sealed class FigurePush
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(1);

    /// <summary>How long a version gap may stay open before the grain re-reads: the other silo's router needs a window or two.</summary>
    public static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(1);

    /// <summary>Two periods bound the time to heal a lost forward: 8 s, inside the 10 s promise.</summary>
    public static readonly TimeSpan ReconcileEvery = TimeSpan.FromSeconds(4);

    private readonly TimeProvider _clock;
    private readonly Func<Task> _send;
    private readonly IGrainTimer _timer;
    private bool _armed;
    private DateTimeOffset _lastSent = DateTimeOffset.MinValue;

    public FigurePush(IGrainBase grain, TimeProvider clock, Func<Task> send)
    {
        _clock = clock;
        _send = send;
        _timer = grain.RegisterGrainTimer(FireAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = false });
    }

    public void Request()
    {
        if (_armed) return;
        _armed = true;
        var due = _lastSent + MinInterval - _clock.GetUtcNow();
        _timer.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Time since the last frame or heartbeat.</summary>
    public TimeSpan QuietFor(DateTimeOffset now) => now - _lastSent;

    public void Beat(DateTimeOffset now) => _lastSent = now;

    private async Task FireAsync(CancellationToken cancellationToken)
    {
        _armed = false;
        _lastSent = _clock.GetUtcNow();
        await _send();
    }
}
