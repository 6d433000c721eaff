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
    public async Task<(string Outcome, long Sequence)> ApplyAsync(RequestVersion version) => (await ApplyManyAsync([version]))[0];

    /// <summary>
    /// Counts a batch in one atomic script, in order (a later version of the same request in the batch wins).
    /// Answers one (outcome, sequence) per version, in the same order.
    /// </summary>
    public async Task<(string Outcome, long Sequence)[]> ApplyManyAsync(IReadOnlyList<RequestVersion> versions)
    {
        if (versions.Count == 0) return [];
        var keys = new RedisKey[versions.Count];
        var values = new RedisValue[1 + versions.Count * 4];
        values[0] = _prefix;
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            keys[i] = _prefix + "sr:" + version.Id;
            values[1 + i * 4] = version.ToRecord();
            values[2 + i * 4] = version.Version;
            values[3 + i * 4] = version.Department;
            values[4 + i * 4] = version.DepartmentName;
        }
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(CounterScripts.ApplyMany, keys, values))!;
        var answers = new (string, long)[versions.Count];
        for (var i = 0; i < answers.Length; i++)
        {
            var outcome = (long)result[2 * i] switch
            {
                1 => IngestOutcome.Accepted,
                2 => IngestOutcome.Updated,
                _ => IngestOutcome.Duplicate,
            };
            answers[i] = (outcome, (long)result[2 * i + 1]);
        }
        return answers;
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
