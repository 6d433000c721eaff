using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Ingest;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Counters;

/// <summary>The counters in Redis: the only writer of counts and the source every snapshot is read from.</summary>
public sealed class CounterStore(IConnectionMultiplexer redis, IOptions<CounterOptions> options)
{
    private readonly string _prefix = options.Value.KeyPrefix;

    /// <summary>Counts one version exactly once. When the returned task completes, Redis has it (and its AOF will).</summary>
    public async Task<(string Outcome, long Sequence)> ApplyAsync(RequestVersion version)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            CounterScripts.Apply,
            [(RedisKey)(_prefix + "sr:" + version.Id)],
            [_prefix, version.ToRecord(), version.Version, version.Department, version.DepartmentName]))!;
        var outcome = (long)result[0] switch
        {
            1 => IngestOutcome.Accepted,
            2 => IngestOutcome.Updated,
            _ => IngestOutcome.Duplicate,
        };
        return (outcome, (long)result[1]);
    }

    public async Task<long> ReadSequenceAsync()
    {
        var value = await redis.GetDatabase().StringGetAsync(_prefix + "seq");
        return value.HasValue ? (long)value : 0;
    }

    public async Task<CounterReading> ReadAsync(DateOnly today)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            CounterScripts.Read, [], [_prefix, CityTime.DayKey(today)]))!;
        return new CounterReading(
            (long)result[0],
            Longs((RedisResult[])result[1]!),
            Longs((RedisResult[])result[2]!),
            Strings((RedisResult[])result[3]!));
    }

    private static Dictionary<string, long> Longs(RedisResult[] pairs)
    {
        var map = new Dictionary<string, long>(pairs.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < pairs.Length; i += 2) map[(string)pairs[i]!] = (long)pairs[i + 1];
        return map;
    }

    private static Dictionary<string, string> Strings(RedisResult[] pairs)
    {
        var map = new Dictionary<string, string>(pairs.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < pairs.Length; i += 2) map[(string)pairs[i]!] = (string)pairs[i + 1]!;
        return map;
    }
}
