using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>
/// The alert log every dashboard shares, in Redis under the <c>{ops}</c> hash tag: a capped list of ids, the entries as
/// JSON, and a hash of the open alert per subject. Each transition is one Lua script, so when every dashboard sees the
/// same frame only one opens (HSETNX on the subject) and only one closes; a dashboard lagging behind a close cannot
/// reopen from older numbers (the close's evidence time is kept per subject).
/// </summary>
public sealed class AlertLog(IConnectionMultiplexer redis, IOptions<AlertOptions> options)
{
    public const string LogKey = "{ops}:alerts:log";
    public const string EntriesKey = "{ops}:alerts:entries";
    public const string OpenKey = "{ops}:alerts:open";
    public const string ClosedKey = "{ops}:alerts:closed-evidence";
    public static readonly RedisChannel Changed = RedisChannel.Literal("{ops}:alerts:changed");

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string RaiseScript = """
        local closed = redis.call('HGET', KEYS[4], ARGV[1])
        if closed and tonumber(closed) >= tonumber(ARGV[5]) then return 0 end
        if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
          redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
          redis.call('LPUSH', KEYS[3], ARGV[2])
          while redis.call('LLEN', KEYS[3]) > tonumber(ARGV[4]) do
            redis.call('HDEL', KEYS[2], redis.call('RPOP', KEYS[3]))
          end
          return 1
        end
        local id = redis.call('HGET', KEYS[1], ARGV[1])
        local raw = redis.call('HGET', KEYS[2], id)
        if not raw then return 0 end
        local e = cjson.decode(raw)
        local n = cjson.decode(ARGV[3])
        if n.level <= e.level then return 0 end
        e.level = n.level; e.metric = n.metric; e.value = n.value; e.threshold = n.threshold
        redis.call('HSET', KEYS[2], id, cjson.encode(e))
        return 2
        """;

    private const string CloseScript = """
        local id = redis.call('HGET', KEYS[1], ARGV[1])
        if not id then return 0 end
        redis.call('HDEL', KEYS[1], ARGV[1])
        redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
        local raw = redis.call('HGET', KEYS[2], id)
        if raw then
          local e = cjson.decode(raw)
          e.closedAt = ARGV[2]
          redis.call('HSET', KEYS[2], id, cjson.encode(e))
        end
        return 1
        """;

    private const string AcknowledgeScript = """
        local raw = redis.call('HGET', KEYS[1], ARGV[1])
        if not raw then return 0 end
        local e = cjson.decode(raw)
        if e.acknowledgedBy ~= nil and e.acknowledgedBy ~= cjson.null then return -1 end
        e.acknowledgedBy = ARGV[2]
        e.acknowledgedAt = ARGV[3]
        redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(e))
        return 1
        """;

    /// <summary>
    /// The subject is amber or red: opens an alert if none is open (true), or raises the open one's level. False when
    /// another dashboard already opened it, or closed it on newer numbers than <paramref name="reading"/>'s.
    /// </summary>
    public async Task<bool> RaiseAsync(AlertReading reading)
    {
        var id = $"{reading.Subject}|{(int)reading.Level}|{reading.Evidence.ToUnixTimeMilliseconds()}";
        var entry = new AlertEntry(id, reading.Subject, reading.Name, reading.Level, reading.Metric, reading.Value, reading.Threshold, reading.Evidence);
        var result = (int)await redis.GetDatabase().ScriptEvaluateAsync(RaiseScript,
            [OpenKey, EntriesKey, LogKey, ClosedKey],
            [reading.Subject, id, JsonSerializer.Serialize(entry, Json), options.Value.LogKeep, reading.Evidence.ToUnixTimeMilliseconds()]);
        if (result > 0) await PublishAsync();
        return result == 1;
    }

    /// <summary>The subject is back to ok: closes its open alert (true), or nothing when none is open.</summary>
    public async Task<bool> ClearAsync(string subject, DateTimeOffset evidence)
    {
        var closed = (int)await redis.GetDatabase().ScriptEvaluateAsync(CloseScript, [OpenKey, EntriesKey, ClosedKey],
            [subject, evidence.ToString("O", CultureInfo.InvariantCulture), evidence.ToUnixTimeMilliseconds()]) == 1;
        if (closed) await PublishAsync();
        return closed;
    }

    /// <summary>True when this call acknowledged it; false when it was acknowledged already or is gone from the log.</summary>
    public async Task<bool> AcknowledgeAsync(string id, string who, DateTimeOffset at)
    {
        var done = (int)await redis.GetDatabase().ScriptEvaluateAsync(AcknowledgeScript, [EntriesKey],
            [id, who, at.ToString("O", CultureInfo.InvariantCulture)]) == 1;
        if (done) await PublishAsync();
        return done;
    }

    /// <summary>The latest alerts, newest first.</summary>
    public async Task<IReadOnlyList<AlertEntry>> RecentAsync(int count)
    {
        var db = redis.GetDatabase();
        var ids = await db.ListRangeAsync(LogKey, 0, count - 1);
        if (ids.Length == 0) return [];
        var raws = await db.HashGetAsync(EntriesKey, ids);
        return [.. raws.Where(r => r.HasValue).Select(r => JsonSerializer.Deserialize<AlertEntry>(r.ToString(), Json)!)];
    }

    private Task PublishAsync() => redis.GetSubscriber().PublishAsync(Changed, "log");
}
