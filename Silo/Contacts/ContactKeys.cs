using Philly311.Ops.Silo.Counters;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// Where contact and agent events live in Redis: in the counters' <see cref="KeySpace"/> (hash tag <c>{ops}</c>), so every script that
/// declares them stays atomic on Redis Cluster too. See CONTACT-RULES.md for what each holds.
/// </summary>
public sealed class ContactKeys
{
    public ContactKeys(string prefix)
    {
        var space = new KeySpace(prefix);
        Sequence = space.Key("cx:seq");
        Days = space.Key("cx:d");
        Versions = space.Key("cx:v");
        Queues = space.Key("cx:q");
        Agents = space.Key("ag");
        AgentCounts = space.Key("ag:n");
        BreachesOpen = space.Key("qb:open");
        _seen = space.Key("cx:e:");
        _record = space.Key("cx:c:");
        _waiting = space.Key("cx:w:");
        _breachLog = space.Key("qb:log:");
    }

    private readonly string _seen;
    private readonly string _record;
    private readonly string _waiting;
    private readonly string _breachLog;

    /// <summary>The contact-event sequence: one number per stored event.</summary>
    public RedisKey Sequence { get; }

    /// <summary>Per city day counters: <c>{day}|{figure}|{counter}</c> and <c>…@{slot}</c>.</summary>
    public RedisKey Days { get; }

    /// <summary>Per queue figure, its version (bumped by each commit that changed it).</summary>
    public RedisKey Versions { get; }

    /// <summary>The queue slugs seen (capped).</summary>
    public RedisKey Queues { get; }

    /// <summary>Per agent: "at ms|state|queues".</summary>
    public RedisKey Agents { get; }

    /// <summary>Agents per figure and state: <c>{figure}|{state}</c>.</summary>
    public RedisKey AgentCounts { get; }

    /// <summary>The open breach per figure (JSON).</summary>
    public RedisKey BreachesOpen { get; }

    /// <summary>An event id seen (expires with the contact records).</summary>
    public RedisKey Seen(string eventId) => _seen + eventId;

    /// <summary>One contact's state in one queue.</summary>
    public RedisKey Record(string queue, string contactId) => _record + queue + "|" + contactId;

    /// <summary>Contacts waiting in a figure (member <c>{queue}|{contact}</c>, score offered ms).</summary>
    public RedisKey Waiting(string figure) => _waiting + figure;

    /// <summary>The breach log of a figure, newest first.</summary>
    public RedisKey BreachLog(string figure) => _breachLog + figure;
}
