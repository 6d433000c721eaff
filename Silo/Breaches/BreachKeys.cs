using Philly311.Ops.Silo.Counters;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Breaches;

/// <summary>
/// Where the breach state lives in Redis, in the counters' <see cref="KeySpace"/> (hash tag <c>{ops}</c>), so the commit script can keep
/// it in the same atomic step as the counts. A member of the two sets is <c>id \t department \t neighborhood \t ZIP
/// \t request type</c>: the sweep counts a breach from the member alone, without reading the request record.
/// </summary>
public sealed class BreachKeys
{
    public BreachKeys(string prefix)
    {
        var space = new KeySpace(prefix);
        Due = space.Key("due");
        Breached = space.Key("late");
        Counts = space.Key("bc");
        Version = space.Key("bv");
        Names = space.Key("n");
    }

    /// <summary>Open requests not yet due, scored by due time (Unix ms).</summary>
    public RedisKey Due { get; }

    /// <summary>Open requests past due, scored by due time (Unix ms): lowest score = longest overdue.</summary>
    public RedisKey Breached { get; }

    /// <summary>Breached counts, fields <c>city</c>, <c>dept:{code}</c>, <c>hood:{id}</c>, <c>zip:{zip}</c>, <c>service:{code}</c>; no zero fields.</summary>
    public RedisKey Counts { get; }

    /// <summary>Bumped by every change of the breached set (commit or sweep).</summary>
    public RedisKey Version { get; }

    /// <summary>The counters' display names of departments and request types.</summary>
    public RedisKey Names { get; }

    /// <summary>What the commit script declares after the counters' fixed keys, in this order.</summary>
    public RedisKey[] ForCommit => [Due, Breached, Counts, Version];

    /// <summary>What the sweep and the read declare, in this order.</summary>
    public RedisKey[] ForSweep => [Due, Breached, Counts, Version, Names];
}
