using Philly311.Ops.Contracts.Breaches;

namespace Philly311.Ops.Silo.Breaches;

/// <summary>
/// Keeps the cluster's one <see cref="BreachGrain"/> activated: every silo calls it every <see cref="CallEvery"/>, so
/// after its silo is killed the next call (from any silo, once membership declared the dead one dead) activates it
/// elsewhere and the sweep goes on from Redis. A reminder would do the same at best once a minute, too slow for the
/// 1 s budget; a call that finds it running costs one message.
/// </summary>
public sealed partial class BreachSweepKeeper(IGrainFactory grains, TimeProvider clock, ILogger<BreachSweepKeeper> logger) : BackgroundService
{
    public static readonly TimeSpan CallEvery = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await grains.GetGrain<IBreachGrain>(IBreachGrain.City).KeepSweepingAsync().WaitAsync(CallTimeout, stoppingToken);
                if (failures > 0) LogRecovered(failures);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Silo still starting, or the grain's old silo not yet declared dead: try again on the next beat.
                if (++failures is 1 or 10 or 100) LogCallFailed(failures, ex.GetType().Name, ex.Message);
            }
            try
            {
                await Task.Delay(CallEvery, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The breach sweep did not answer ({Failures} in a row; {ErrorType}: {Reason}); calling again")]
    private partial void LogCallFailed(int failures, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The breach sweep answers again after {Failures} failed calls")]
    private partial void LogRecovered(int failures);
}
