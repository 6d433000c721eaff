using System.Collections.Concurrent;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// Joins and leaves of per-key groups, reference-counted per process: the first connection here to join a key
/// subscribes this process to that key's grain, the last one to leave (or disconnect) unsubscribes it.
/// </summary>
public sealed partial class GroupMembership(KeyedFigures keyed, FigureGrains grains, ILogger<GroupMembership> logger)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, Task> _leaving = new(StringComparer.Ordinal);

    /// <summary>Counts the viewer and answers the group's current frame (fetched when this process has none yet); null when the cluster can't say.</summary>
    public async Task<CounterFrame?> JoinAsync(string group, CancellationToken cancellationToken)
    {
        try
        {
            await keyed.Acquire(group, () => SubscribeAsync(group)).WaitAsync(CallTimeout, cancellationToken);
            return keyed.Current(group) ?? keyed.Answer(await grains.GetFrameAsync(group).WaitAsync(CallTimeout, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Joined all the same: the subscription service keeps trying, and frames follow once the grain answers.
            LogJoinCallFailed(group, ex.GetType().Name, ex.Message);
            return keyed.Current(group);
        }
    }

    /// <summary>The group's frame held by this process, for a connection that is in the group already.</summary>
    public CounterFrame? Current(string group) => keyed.Current(group);

    public async Task LeaveAsync(string group)
    {
        if (!keyed.Release(group)) return;
        var unsubscribing = UnsubscribeAsync(group);
        _leaving[group] = unsubscribing;
        await unsubscribing;
        _leaving.TryRemove(new KeyValuePair<string, Task>(group, unsubscribing));
    }

    private async Task SubscribeAsync(string group)
    {
        // A Join right after the last Leave must not be undone by that Leave's unsubscribe arriving after it.
        if (_leaving.TryGetValue(group, out var leaving)) await leaving;
        await grains.SubscribeAsync(group);
    }

    private async Task UnsubscribeAsync(string group)
    {
        try
        {
            await grains.UnsubscribeAsync(group).WaitAsync(CallTimeout);
        }
        catch (Exception ex)
        {
            // Best effort: the subscription expires by itself, and frames for a key nobody watches are dropped.
            LogUnsubscribeFailed(group, ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Join of {Group}: the grain call failed ({ErrorType}: {Reason}); joined, frames follow when it answers")]
    private partial void LogJoinCallFailed(string group, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unsubscribing from {Group} failed ({ErrorType}: {Reason})")]
    private partial void LogUnsubscribeFailed(string group, string errorType, string reason);
}
