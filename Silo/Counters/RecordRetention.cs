using Philly311.Ops.Contracts.Time;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Counters;

/// <summary>
/// Keeps Redis from growing without end: deletes request records closed longer ago than
/// <see cref="CounterOptions.ClosedRecordRetention"/> (a record reopened meanwhile is kept: the script checks it
/// atomically) and per-day counters older than <see cref="CounterOptions.DaysKept"/>. Counters are not touched: a
/// closed request stays counted. <see cref="RetentionSweep"/> runs it on every silo; the work is idempotent.
/// </summary>
public sealed class RecordRetention(IConnectionMultiplexer redis, TimeProvider clock)
{
    private const int Page = 500;

    /// <summary>One sweep; answers how many records and day fields it removed.</summary>
    public async Task<(long Records, long Fields)> SweepAsync(CounterKeys keys, CounterOptions settings, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var now = clock.GetUtcNow();
        var cutoff = (now - settings.ClosedRecordRetention).ToUnixTimeSeconds();
        long records = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var expired = await db.SortedSetRangeByScoreAsync(keys.Closed, double.NegativeInfinity, cutoff, take: Page);
            if (expired.Length == 0) break;
            var declared = keys.Fixed.Concat(expired.Select(e => (RedisKey)(string)e!)).ToArray();
            records += (long)await db.ScriptEvaluateAsync(CounterScripts.Expire, declared, [cutoff]);
            if (expired.Length < Page) break;
        }

        // Day keys are ISO dates, so "older than" is an ordinal comparison of the field's day prefix.
        var oldestKept = CityTime.DayKey(CityTime.LocalDate(now).AddDays(1 - settings.DaysKept));
        var stale = new List<RedisValue>();
        long fields = 0;
        await foreach (var entry in db.HashScanAsync(keys.Days, pageSize: 1000).WithCancellation(cancellationToken))
        {
            var name = (string)entry.Name!;
            if (string.CompareOrdinal(name, 0, oldestKept, 0, oldestKept.Length) < 0) stale.Add(entry.Name);
            if (stale.Count < Page) continue;
            fields += await db.HashDeleteAsync(keys.Days, [.. stale]);
            stale.Clear();
        }
        if (stale.Count > 0) fields += await db.HashDeleteAsync(keys.Days, [.. stale]);
        return (records, fields);
    }
}
