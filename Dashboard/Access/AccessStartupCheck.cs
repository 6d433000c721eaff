namespace Philly311.Ops.Dashboard.Access;

/// <summary>Reads the Access settings once at start, so bad ones stop the process with their message instead of failing the first request.</summary>
public sealed class AccessStartupCheck(AccessSettings settings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = settings.Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
