using StackExchange.Redis;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// Where contact and agent events live in Redis: under the counters' hash tag (<c>{ops}</c>), so every script that
/// declares them stays atomic on Redis Cluster too. See CONTACT-RULES.md for what each holds.
/// </summary>
public sealed class ContactKeys
{
    public ContactKeys(string prefix)
    {
        var tag = "{" + prefix.TrimEnd(':') + "}:";
        Sequence = tag + "cx:seq";
        Days = tag + "cx:d";
        Versions = tag + "cx:v";
        Queues = tag + "cx:q";
        Agents = tag + "ag";
        AgentCounts = tag + "ag:n";
        BreachesOpen = tag + "qb:open";
        _seen = tag + "cx:e:";
        _record = tag + "cx:c:";
        _waiting = tag + "cx:w:";
        _breachLog = tag + "qb:log:";
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
