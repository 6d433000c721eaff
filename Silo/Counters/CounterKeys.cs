using StackExchange.Redis;

namespace Philly311.Ops.Silo.Counters;

/// <summary>
/// Where the counters live in Redis. Every key is in the one <see cref="KeySpace"/> (hash tag <c>{ops}</c>),
/// so on Redis Cluster they share one slot and the commit script, which declares every key it touches, stays
/// atomic there too. One slot does not spread the load over shards: the counting is one script per batch of
/// events either way, and a single primary does ~50,000 events/s here.
/// </summary>
public sealed class CounterKeys
{
    public CounterKeys(string prefix)
    {
        var space = new KeySpace(prefix);
        Sequence = space.Key("seq");
        AllTime = space.Key("a");
        Days = space.Key("d");
        Versions = space.Key("v");
        Names = space.Key("n");
        Closed = space.Key("closed");
        RecordPrefix = space.Key("sr:");
    }

    /// <summary>The ingest sequence: one number per applied event.</summary>
    public RedisKey Sequence { get; }

    /// <summary>All-time counters, fields <c>{figure}|r</c> (received) and <c>{figure}|c</c> (closed).</summary>
    public RedisKey AllTime { get; }

    /// <summary>Per city day, fields <c>{day}|{figure}|r</c>, <c>|c</c> and <c>|q{slot}</c> (received per 15 minutes).</summary>
    public RedisKey Days { get; }

    /// <summary>Per figure, its version: bumped by each commit that changed it, so a grain can tell it missed one.</summary>
    public RedisKey Versions { get; }

    /// <summary>Display names of departments and request types as first sent.</summary>
    public RedisKey Names { get; }

    /// <summary>Closed request records by close time (Unix s), for retention.</summary>
    public RedisKey Closed { get; }

    public string RecordPrefix { get; }

    public RedisKey Record(string id) => RecordPrefix + id;

    /// <summary>The keys every script declares first, in this order.</summary>
    public RedisKey[] Fixed => [Sequence, AllTime, Days, Versions, Names, Closed];
}
