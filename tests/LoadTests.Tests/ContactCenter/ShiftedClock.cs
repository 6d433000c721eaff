using System.Diagnostics;

namespace Philly311.Ops.LoadTests.Tests.ContactCenter;

/// <summary>Real time passing from a chosen instant: a run "at 14:00 ET" whenever the test runs, with real timers.</summary>
internal sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    public override DateTimeOffset GetUtcNow() => start + _elapsed.Elapsed;
}
