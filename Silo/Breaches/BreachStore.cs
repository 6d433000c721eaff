using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Silo.Counters;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Breaches;

/// <summary>The sweep and read of the breach state in Redis; the commit script (<see cref="CounterScripts"/>) is its other writer.</summary>
public sealed class BreachStore(IConnectionMultiplexer redis, IOptions<CounterOptions> options)
{
    /// <summary>One sweep holds Redis for a few ms at most; a backlog (a silo down for an hour) drains over a few calls.</summary>
    public const int MaxMovedPerSweep = 5_000;

    private readonly BreachKeys _keys = new(options.Value.KeyPrefix);

    public BreachKeys Keys => _keys;

    /// <summary>Breaches every request due at or before <paramref name="now"/>; reads the state when Redis is not at <paramref name="heldVersion"/>.</summary>
    public async Task<BreachSweep> SweepAsync(DateTimeOffset now, long heldVersion, int limit = MaxMovedPerSweep)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(BreachScripts.Sweep, _keys.ForSweep,
            [now.ToUnixTimeMilliseconds(), limit, heldVersion, BreachFrame.LongestShown]))!;
        var version = (long)result[1];
        var reading = result[2].IsNull ? null : Read(version, (RedisResult[])result[2]!);
        return new BreachSweep((int)(long)result[0], version, reading);
    }

    public async Task<BreachReading> ReadAsync() => (await SweepAsync(DateTimeOffset.MinValue, -1, 0)).Reading!;

    private static BreachReading Read(long version, RedisResult[] state)
    {
        var all = (RedisResult[])state[0]!;
        var counts = new Dictionary<string, long>(all.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < all.Length; i += 2) counts[(string)all[i]!] = (long)all[i + 1];
        var late = (RedisResult[])state[1]!;
        var longest = new List<(string, DateTimeOffset)>(late.Length / 2);
        for (var i = 0; i + 1 < late.Length; i += 2)
        {
            longest.Add(((string)late[i]!, DateTimeOffset.FromUnixTimeMilliseconds((long)(double)late[i + 1])));
        }
        var raw = (RedisResult[])state[2]!;
        var names = new Dictionary<string, string>(raw.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < raw.Length; i += 2) names[(string)raw[i]!] = (string?)raw[i + 1] ?? "";
        return new BreachReading(version, counts, names, longest);
    }
}
