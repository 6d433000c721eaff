using Philly311.Ops.Contracts.Contacts;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Silo.Contacts;

namespace Philly311.Ops.Silo.Queues;

/// <summary>
/// The numbers a queue grain holds for its city day: counters per day and quarter-hour, the waiting set's size and
/// oldest, agents by state. Changes are absolute values taken per field, last writer wins by version, so two silos'
/// forwards arriving in either order leave the same numbers. A re-read replaces everything.
/// </summary>
public sealed class QueueTally(string today)
{
    private readonly Dictionary<string, (long Value, long Version)> _fields = new(StringComparer.Ordinal);
    private (long Waiting, long OldestMs, long Version) _waiting = (0, -1, 0);
    private readonly SortedSet<string> _queues = new(StringComparer.Ordinal);
    private long _readVersion;

    public string Today { get; private set; } = today;

    public long Waiting => _waiting.Waiting;

    public DateTimeOffset? OldestWaitingSince => _waiting.Waiting > 0 && _waiting.OldestMs >= 0 ? DateTimeOffset.FromUnixTimeMilliseconds(_waiting.OldestMs) : null;

    public IReadOnlyCollection<string> Queues => _queues;

    public long this[string counter] => _fields.TryGetValue(counter, out var f) ? f.Value : 0;

    public long this[string counter, int slot] => this[counter + "@" + slot];

    public AgentCounts Agents => new(Agent(AgentState.Available), Agent(AgentState.OnContact), Agent(AgentState.AfterContactWork), Agent(AgentState.Break), Agent(AgentState.Offline));

    public void Apply(QueueChange change)
    {
        // Already in the last re-read (a forward that arrives after it): its values may be older than what was read.
        if (change.Version <= _readVersion) return;
        var prefix = Today + "|";
        for (var i = 0; i < change.Fields.Length; i++)
        {
            var field = change.Fields[i];
            string name;
            if (field.StartsWith("ag|", StringComparison.Ordinal)) name = field;
            else if (field.StartsWith(prefix, StringComparison.Ordinal)) name = field[prefix.Length..];
            else continue; // another city day (a late event of yesterday): not today's figures.
            if (!_fields.TryGetValue(name, out var held) || held.Version <= change.Version) _fields[name] = (change.Values[i], change.Version);
        }
        if (change.Waiting >= 0 && _waiting.Version <= change.Version) _waiting = (change.Waiting, change.OldestMs, change.Version);
    }

    public void AddQueues(IEnumerable<string> keys)
    {
        foreach (var key in keys) _queues.Add(key);
    }

    public void Replace(QueueReading reading)
    {
        Today = reading.Today;
        _readVersion = reading.Version;
        _fields.Clear();
        for (var c = 0; c < ContactStore.Counters.Length; c++)
        {
            var counter = ContactStore.Counters[c];
            var at = c * 97;
            _fields[counter] = (reading.Counters[at], reading.Version);
            for (var s = 0; s < 96; s++)
            {
                if (reading.Counters[at + 1 + s] != 0) _fields[counter + "@" + s] = (reading.Counters[at + 1 + s], reading.Version);
            }
        }
        for (var i = 0; i < AgentState.All.Count; i++) _fields["ag|" + AgentState.All[i]] = (reading.Agents[i], reading.Version);
        _waiting = (reading.Waiting, reading.OldestMs, reading.Version);
        AddQueues(reading.Queues.Select(QueueKeys.Queue));
    }

    private long Agent(string state) => this["ag|" + state];
}
