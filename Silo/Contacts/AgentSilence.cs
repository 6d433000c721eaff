using System.Globalization;
using Philly311.Ops.Contracts.Contacts;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// An agent the phone system has said nothing about for <see cref="ContactOptions.AgentSilentAfter"/> has gone home without
/// its <c>offline</c> event (lost, or a softphone closed): counting it as available would tell the director the floor is
/// staffed when it is not. The offline event is stamped at <c>last state + silence</c>, not now, so it is the same event
/// on every silo and every sweep (a repeat is a duplicate), and any real event after that moment still wins.
/// </summary>
public static class AgentSilence
{
    /// <summary>
    /// The offline events due at <paramref name="now"/> for held agent states (<c>agent → "{at ms}|{state}|{queues}"</c>,
    /// as the agent script keeps them); an unreadable entry is skipped, never guessed.
    /// </summary>
    public static List<AgentStateEvent> Due(IEnumerable<KeyValuePair<string, string>> held, TimeSpan silence, DateTimeOffset now)
    {
        var due = new List<AgentStateEvent>();
        foreach (var (agent, value) in held)
        {
            var parts = value.Split('|');
            if (parts.Length != 3 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var atMs)) continue;
            if (parts[1] == AgentState.Offline) continue;
            DateTimeOffset at;
            try
            {
                at = DateTimeOffset.FromUnixTimeMilliseconds(atMs);
            }
            catch (ArgumentOutOfRangeException)
            {
                continue;
            }
            var offlineAt = at + silence;
            if (offlineAt > now) continue;
            var queues = parts[2].Length == 0 ? [] : parts[2].Split(',');
            due.Add(new AgentStateEvent(agent, queues, AgentState.Offline, offlineAt));
        }
        return due;
    }
}
