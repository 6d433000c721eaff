using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// Every <see cref="ContactOptions.AgentSweepEvery"/>, on each silo, sends the <see cref="AgentSilence"/> offline events
/// through the same agent script as the API, so the queue grains hear of them like of any agent event. Two silos sweeping
/// at once send the same events; the second set is duplicates. Time passing is what is detected here, not a change.
/// </summary>
public sealed partial class AgentSilenceSweep(
    IServiceProvider services, IOptions<ContactOptions> options, TimeProvider clock,
    ILogger<AgentSilenceSweep> logger) : BackgroundService
{
    private const int Batch = 500;

    /// <summary>Sweeps once; answers how many agents were taken offline.</summary>
    public static async Task<int> SweepAsync(IDatabase database, ContactStore store, TimeSpan silence, DateTimeOffset now)
    {
        var held = new List<KeyValuePair<string, string>>();
        await foreach (var entry in database.HashScanAsync(store.Keys.Agents, pageSize: 1000)) held.Add(new(entry.Name!, entry.Value!));
        var due = AgentSilence.Due(held, silence, now);
        var taken = 0;
        for (var i = 0; i < due.Count; i += Batch)
        {
            var answers = await store.ApplyAgentsAsync(due.GetRange(i, Math.Min(Batch, due.Count - i)));
            taken += answers.Count(a => a.Outcome == Contracts.Contacts.ContactOutcome.Accepted);
        }
        return taken;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.AgentSweepEvery, clock, stoppingToken);
                var database = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
                var store = services.GetRequiredService<ContactStore>();
                var taken = await SweepAsync(database, store, settings.AgentSilentAfter, clock.GetUtcNow());
                if (taken > 0) LogTakenOffline(taken, settings.AgentSilentAfter);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "{Agents} agents silent for {Silence} counted offline (their offline event never came)")]
    private partial void LogTakenOffline(int agents, TimeSpan silence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent silence sweep failed ({ErrorType}: {Reason}); next sweep retries")]
    private partial void LogSweepFailed(string errorType, string reason);
}
