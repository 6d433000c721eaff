using System.Text.Json;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Silo.Push;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Deliveries;

/// <summary>
/// Pushes and delivery statuses in Redis. A status changes only by compare-and-set on the status it is expected to
/// leave (one Lua script), so two activations of one push after a split, or a callback racing a retry, can never both
/// move one delivery: the second finds it moved and re-reads.
/// </summary>
public sealed class DeliveryStore(IConnectionMultiplexer redis, PushKeys keys)
{
    private const string MoveScript = """
        local current = redis.call('HGET', KEYS[1], ARGV[1])
        if not current then return -1 end
        if string.match(current, '^[^|]*') ~= ARGV[2] then return 0 end
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
        return 1
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IDatabase Db => redis.GetDatabase();

    /// <summary>Stores a new push with every delivery queued, once: a second call (a retried start) changes nothing.</summary>
    public async Task<bool> CreateAsync(PushPlan plan, DateTimeOffset now)
    {
        var created = await Db.HashSetAsync(keys.Push(plan.PushId), "plan", JsonSerializer.Serialize(plan, Json), When.NotExists);
        if (!created) return false;
        var queued = DeliveryState.Queued(now).Encode();
        var batch = Db.CreateBatch();
        var writes = new List<Task>();
        for (var start = 0; start < plan.Deliveries.Length; start += 500)
        {
            var entries = Enumerable.Range(start, Math.Min(500, plan.Deliveries.Length - start))
                .Select(n => new HashEntry(n, queued)).ToArray();
            writes.Add(batch.HashSetAsync(keys.Statuses(plan.PushId), entries));
        }
        writes.Add(batch.SetAddAsync(keys.Active, plan.PushId));
        batch.Execute();
        await Task.WhenAll(writes);
        return true;
    }

    public async Task<PushPlan?> ReadPlanAsync(string pushId)
    {
        var json = await Db.HashGetAsync(keys.Push(pushId), "plan");
        return json.IsNullOrEmpty ? null : JsonSerializer.Deserialize<PushPlan>(json.ToString(), Json);
    }

    public async Task<DeliveryState[]> ReadStatesAsync(string pushId, int count, DateTimeOffset now)
    {
        var entries = await Db.HashGetAllAsync(keys.Statuses(pushId));
        var states = Enumerable.Repeat(DeliveryState.Queued(now), count).ToArray();
        foreach (var entry in entries)
        {
            var n = (int)entry.Name;
            if (n >= 0 && n < count) states[n] = DeliveryState.Decode(entry.Value.ToString());
        }
        return states;
    }

    public async Task<DeliveryState?> ReadStateAsync(string pushId, int n)
    {
        var value = await Db.HashGetAsync(keys.Statuses(pushId), n);
        return value.IsNullOrEmpty ? null : DeliveryState.Decode(value.ToString());
    }

    /// <summary>Moves delivery <paramref name="n"/> from <paramref name="from"/> to <paramref name="to"/>; false when it was no longer in <paramref name="from"/>.</summary>
    public async Task<bool> MoveAsync(string pushId, int n, DeliveryStatus from, DeliveryState to)
    {
        var result = (int)await Db.ScriptEvaluateAsync(MoveScript, [keys.Statuses(pushId)],
            [n, DeliveryState.StatusToken(from), to.Encode()]);
        return result == 1;
    }

    public async Task CompleteAsync(string pushId, DateTimeOffset at)
    {
        await Db.HashSetAsync(keys.Push(pushId), "completed", at.ToUnixTimeMilliseconds());
        await Db.SetRemoveAsync(keys.Active, pushId);
    }

    public async Task<string[]> ActivePushesAsync() =>
        (await Db.SetMembersAsync(keys.Active)).Select(v => v.ToString()).ToArray();
}
