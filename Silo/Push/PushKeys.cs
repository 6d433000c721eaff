using Microsoft.Extensions.Options;
using Philly311.Ops.Silo.Counters;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Push;

/// <summary>Where pushes live in Redis, under the counters' key prefix (so one Redis serves several clusters or test runs apart).</summary>
public sealed class PushKeys(IOptions<CounterOptions> options)
{
    private readonly string _prefix = options.Value.KeyPrefix;

    /// <summary>The ids of pushes with deliveries not yet final: what a silo resumes after a crash.</summary>
    public RedisKey Active => _prefix + "push:active";

    /// <summary>Hash: <c>plan</c> (JSON), <c>completed</c> (time) once every delivery is final.</summary>
    public RedisKey Push(string pushId) => _prefix + "push:" + pushId;

    /// <summary>Hash: delivery number → <c>status|attempts|updated (unix ms)|reason</c>.</summary>
    public RedisKey Statuses(string pushId) => _prefix + "push:" + pushId + ":s";

    public RedisKey Ivr(bool sandbox, string eventId, string language) =>
        _prefix + (sandbox ? "ivr:sandbox:" : "ivr:live:") + eventId + ":" + language;
}
