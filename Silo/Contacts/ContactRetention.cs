using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Counters;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// Removes queue day counters older than <see cref="CounterOptions.DaysKept"/> city days, every
/// <see cref="CounterOptions.SweepEvery"/> on each silo (two silos sweeping at once only repeat a no-op). Event ids and
/// contact states expire by themselves (<see cref="ContactOptions.RecordLifetime"/>).
/// </summary>
public sealed partial class ContactRetention(
    IServiceProvider services, IOptions<CounterOptions> options, TimeProvider clock, ILogger<ContactRetention> logger) : BackgroundService
{
    /// <summary>Deletes day fields before the first kept day; answers how many. Fields start with their ISO day, so they compare as text.</summary>
    public static async Task<long> SweepAsync(IDatabase database, ContactKeys keys, int daysKept, DateTimeOffset now)
    {
        var firstKept = CityTime.DayKey(CityTime.LocalDate(now).AddDays(1 - daysKept));
        var old = new List<RedisValue>();
        long removed = 0;
        await foreach (var entry in database.HashScanAsync(keys.Days, pageSize: 1000))
        {
            var field = entry.Name.ToString();
            if (string.CompareOrdinal(field, 0, firstKept, 0, firstKept.Length) < 0) old.Add(entry.Name);
            if (old.Count < 1000) continue;
            removed += await database.HashDeleteAsync(keys.Days, [.. old]);
            old.Clear();
        }
        if (old.Count > 0) removed += await database.HashDeleteAsync(keys.Days, [.. old]);
        return removed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var keys = new ContactKeys(settings.KeyPrefix);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.SweepEvery, clock, stoppingToken);
                var database = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
                var removed = await SweepAsync(database, keys, settings.DaysKept, clock.GetUtcNow());
                if (removed > 0) LogSwept(removed);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Fields} old queue day counters")]
    private partial void LogSwept(long fields);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue retention sweep failed ({ErrorType}: {Reason}); next sweep retries")]
    private partial void LogSweepFailed(string errorType, string reason);
}
