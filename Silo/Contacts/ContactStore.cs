using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Contacts;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Ingest;
using Philly311.Ops.Silo.Queues;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// Contact and agent events in Redis: the only writer of queue counters and the source every queue figure is read from.
/// After each durable commit it hands what changed to the queue forwarder, so the live queues follow without polling.
/// </summary>
public sealed class ContactStore(
    IConnectionMultiplexer redis, IOptions<CounterOptions> counters, IOptions<ContactOptions> options, IOptions<QueueOptions> queues,
    IQueueForwarder forwarder, TimeProvider clock)
{
    /// <summary>The counters kept per figure and day, in the order <see cref="QueueReading.Counters"/> holds them.</summary>
    public static readonly string[] Counters = ["o", "a", "ab", "sn", "si", "ws", "wn", "hs", "hn"];

    private readonly ContactKeys _keys = new(counters.Value.KeyPrefix);

    public ContactKeys Keys => _keys;

    /// <summary>Counts a batch in one atomic script, in order. Completes when Redis has it.</summary>
    public async Task<ContactResult[]> ApplyContactsAsync(IReadOnlyList<ContactEvent> events)
    {
        if (events.Count == 0) return [];
        var settings = options.Value;
        var keys = new RedisKey[4 + events.Count * 5];
        (keys[0], keys[1], keys[2], keys[3]) = (_keys.Sequence, _keys.Days, _keys.Versions, _keys.Queues);
        var values = new RedisValue[4 + events.Count * 9];
        var now = clock.GetUtcNow();
        values[0] = now.ToUnixTimeMilliseconds();
        values[1] = (long)settings.MaxWait.TotalMilliseconds;
        values[2] = (long)settings.RecordLifetime.TotalSeconds;
        values[3] = settings.MaxQueues;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var k = 4 + i * 5;
            keys[k] = _keys.Seen(e.EventId);
            keys[k + 1] = _keys.Record(e.Queue, e.ContactId);
            keys[k + 2] = _keys.Waiting(QueueKeys.Queue(e.Queue));
            keys[k + 3] = _keys.Waiting(QueueKeys.Channel(e.Channel));
            keys[k + 4] = _keys.Waiting(QueueKeys.City);
            var a = 4 + i * 9;
            values[a] = e.ContactId;
            values[a + 1] = e.Type;
            values[a + 2] = e.Queue;
            values[a + 3] = e.Channel;
            values[a + 4] = e.AgentId ?? "";
            values[a + 5] = e.At.ToUnixTimeMilliseconds();
            values[a + 6] = CityTime.DayKey(CityTime.LocalDate(e.At));
            values[a + 7] = CityTime.QuarterSlot(e.At);
            values[a + 8] = queues.Value.For(e.Queue).AnswerWithinSeconds * 1000L;
        }
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(ContactScripts.ApplyContacts, keys, values))!;
        return Answer(result, i => events[i].Queue, events.Count);
    }

    /// <summary>Applies agent states in one atomic script; a state older than the one held for its agent changes nothing.</summary>
    public async Task<ContactResult[]> ApplyAgentsAsync(IReadOnlyList<AgentStateEvent> states)
    {
        if (states.Count == 0) return [];
        RedisKey[] keys = [_keys.Sequence, _keys.Versions, _keys.Agents, _keys.AgentCounts, _keys.Queues];
        var values = new RedisValue[1 + states.Count * 4];
        values[0] = options.Value.MaxQueues;
        for (var i = 0; i < states.Count; i++)
        {
            var s = states[i];
            values[1 + i * 4] = s.AgentId;
            values[2 + i * 4] = s.State;
            values[3 + i * 4] = string.Join(',', s.Queues);
            values[4 + i * 4] = s.At.ToUnixTimeMilliseconds();
        }
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(ContactScripts.ApplyAgents, keys, values))!;
        return Answer(result, i => string.Join(", ", states[i].Queues), states.Count);
    }

    private ContactResult[] Answer(RedisResult[] result, Func<int, string> queueOf, int count)
    {
        var committedAt = clock.GetUtcNow();
        var outcomes = (RedisResult[])result[0]!;
        var answers = new ContactResult[count];
        for (var i = 0; i < count; i++)
        {
            var sequence = (long)outcomes[2 * i + 1];
            answers[i] = (long)outcomes[2 * i] switch
            {
                1 => new(ContactOutcome.Accepted, sequence, null),
                2 => new(ContactOutcome.Ignored, sequence, null),
                3 => new(ContactOutcome.Stale, 0, null),
                4 => new(ContactOutcome.Rejected, 0, new FieldError(ContactFields.Queue,
                    $"More than {options.Value.MaxQueues} queues are in use; '{SenderText.Quote(queueOf(i))}' would be one more (Contacts:MaxQueues).")),
                5 => new(ContactOutcome.Rejected, 0, new FieldError(ContactFields.Channel,
                    "This contact already came in on another channel; a contact keeps the channel of its first event.")),
                _ => new(ContactOutcome.Duplicate, 0, null),
            };
        }
        var through = (long)result[2];
        var raw = (RedisResult[])result[3]!;
        if (raw.Length > 0)
        {
            var changes = new QueueChange[raw.Length];
            for (var i = 0; i < raw.Length; i++)
            {
                var entry = (RedisResult[])raw[i]!;
                var n = (entry.Length - 4) / 2;
                var fields = new string[n];
                var values = new long[n];
                for (var f = 0; f < n; f++)
                {
                    fields[f] = (string)entry[4 + 2 * f]!;
                    values[f] = (long)entry[5 + 2 * f];
                }
                changes[i] = new QueueChange((string)entry[0]!, (long)entry[1], through, (long)entry[2], long.Parse((string)entry[3]!, System.Globalization.CultureInfo.InvariantCulture), fields, values);
            }
            forwarder.Forward(new QueueCommit(changes, committedAt, []));
        }
        return answers;
    }

    /// <summary>One queue figure's <paramref name="day"/> as Redis has it now, with the sequence it is complete up to.</summary>
    public async Task<QueueReading> ReadAsync(string figure, DateOnly day)
    {
        var dayKey = CityTime.DayKey(day);
        var cutoff = clock.GetUtcNow() - options.Value.MaxWait;
        RedisKey[] keys = [_keys.Sequence, _keys.Days, _keys.Versions, _keys.AgentCounts, _keys.Queues, _keys.Waiting(figure)];
        var values = new RedisValue[3 + Counters.Length];
        values[0] = figure;
        values[1] = dayKey;
        values[2] = cutoff.ToUnixTimeMilliseconds();
        for (var i = 0; i < Counters.Length; i++) values[3 + i] = Counters[i];
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(ContactScripts.ReadQueue, keys, values))!;
        var raw = (RedisResult[])result[4]!;
        var counters = new long[raw.Length];
        for (var i = 0; i < raw.Length; i++) counters[i] = raw[i].IsNull ? 0 : (long)raw[i];
        var agents = ((RedisResult[])result[5]!).Select(r => (long)r).ToArray();
        var queueSlugs = ((RedisResult[])result[6]!).Select(r => (string)r!).Order(StringComparer.Ordinal).ToArray();
        return new QueueReading((long)result[0], (long)result[1], dayKey, (long)result[2],
            long.Parse((string)result[3]!, System.Globalization.CultureInfo.InvariantCulture), counters, agents, queueSlugs);
    }

    /// <summary>A figure's version in Redis: the cheap check behind a queue grain's reconcile.</summary>
    public async Task<long> ReadVersionAsync(string figure)
    {
        var value = await redis.GetDatabase().HashGetAsync(_keys.Versions, figure);
        return value.HasValue ? (long)value : 0;
    }
}
