using System.Text.Json;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Silo.Contacts;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Queues;

/// <summary>
/// Queue breaches in Redis: the open one per queue (so a grain coming back elsewhere continues it) and a log per queue,
/// newest first, the last <see cref="Kept"/>. Opening and ending are each one atomic transaction.
/// </summary>
public sealed class QueueBreachLog(IConnectionMultiplexer redis, ContactStore store)
{
    public const int Kept = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RecordAsync(QueueBreach breach)
    {
        var keys = store.Keys;
        var text = JsonSerializer.Serialize(breach, Json);
        var transaction = redis.GetDatabase().CreateTransaction();
        if (breach.End is null)
        {
            _ = transaction.HashSetAsync(keys.BreachesOpen, breach.Key, text);
        }
        else
        {
            _ = transaction.HashDeleteAsync(keys.BreachesOpen, breach.Key);
            _ = transaction.ListLeftPushAsync(keys.BreachLog(breach.Key), text);
            _ = transaction.ListTrimAsync(keys.BreachLog(breach.Key), 0, Kept - 1);
        }
        await transaction.ExecuteAsync();
    }

    public async Task<(QueueBreach? Open, QueueBreach[] Ended)> ReadAsync(string key)
    {
        var database = redis.GetDatabase();
        var open = await database.HashGetAsync(store.Keys.BreachesOpen, key);
        var ended = await database.ListRangeAsync(store.Keys.BreachLog(key), 0, Kept - 1);
        return (open.HasValue ? JsonSerializer.Deserialize<QueueBreach>(open.ToString(), Json) : null,
            [.. ended.Select(e => JsonSerializer.Deserialize<QueueBreach>(e.ToString(), Json)!)]);
    }
}
