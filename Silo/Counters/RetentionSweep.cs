using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Counters;

/// <summary>
/// Runs <see cref="RecordRetention"/> every <see cref="CounterOptions.SweepEvery"/> on each silo (two silos sweeping at
/// once only repeat a no-op). The sweeper is resolved when the loop starts, not in the constructor: the process's
/// Redis multiplexer exists only once the host has started.
/// </summary>
public sealed partial class RetentionSweep(
    IServiceProvider services, IOptions<CounterOptions> options, TimeProvider clock, ILogger<RetentionSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var keys = new CounterKeys(settings.KeyPrefix);
        var retention = services.GetRequiredService<RecordRetention>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.SweepEvery, clock, stoppingToken);
                var (records, fields) = await retention.SweepAsync(keys, settings, stoppingToken);
                if (records + fields > 0) LogSwept(records, fields);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                LogSweepFailed(ex.GetType().Name, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Records} closed request records and {Fields} old day counters")]
    private partial void LogSwept(long records, long fields);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention sweep failed ({ErrorType}: {Reason}); next sweep retries")]
    private partial void LogSweepFailed(string errorType, string reason);
}
