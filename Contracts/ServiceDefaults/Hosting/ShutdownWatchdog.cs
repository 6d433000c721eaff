using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Philly311.Ops.ServiceDefaults.Hosting;

/// <summary>
/// Ends a process that was told to stop (SIGTERM, SIGINT) and is still running <see cref="Grace"/> after
/// <see cref="HostingExtensions.ShutdownTimeout"/>. The host's timeout only cancels the token it hands to each service;
/// Orleans' ungraceful stop still writes "Stopping" and "Dead" to its membership table and retries that until Redis
/// answers, so a silo stopped while Redis was down kept running for minutes (measured in tests/Faults.Tests). Ending it
/// loses nothing acknowledged (a 2xx is sent only after Redis applied the event); the other silos declare it dead as
/// after a crash. Armed by the OS signal, not by the host stopping, so a test host stopping slowly is never ended.
/// </summary>
public sealed partial class ShutdownWatchdog(ILogger<ShutdownWatchdog> logger) : IHostedService, IDisposable
{
    /// <summary>Time for an ungraceful stop that can finish (Redis up, a slow grain) to do so after the host's timeout.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    /// <summary>From the signal to the forced end.</summary>
    public static TimeSpan Limit => HostingExtensions.ShutdownTimeout + Grace;

    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _armed;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT })
        {
            // No Cancel here: the host's own handler decides how the signal stops it; this only starts the countdown.
            _registrations.Add(PosixSignalRegistration.Create(signal, _ => Arm()));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Arm()
    {
        if (Interlocked.Exchange(ref _armed, 1) == 1) return;
        var thread = new Thread(() =>
        {
            Thread.Sleep(Limit);
            LogForcedExit(Limit.TotalSeconds);
            // The console logger writes from its own queue; give it a moment before the process goes.
            Thread.Sleep(200);
            Environment.FailFast($"Shutdown did not finish within {Limit.TotalSeconds:0} s of the stop signal; ending the process (nothing acknowledged is lost).");
        })
        {
            IsBackground = true,
            Name = nameof(ShutdownWatchdog),
        };
        thread.Start();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Shutdown did not finish within {LimitSeconds:0} s of the stop signal (Redis away?); ending the process now")]
    private partial void LogForcedExit(double limitSeconds);
}
