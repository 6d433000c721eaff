using System.Collections.Concurrent;
using Philly311.Ops.Contracts.Figures;

namespace Philly311.Ops.Dashboard.Tests.Hub;

/// <summary>What the stand-in grains of the test silo were asked: which keys have a subscriber now, and how often each was subscribed.</summary>
public sealed class StandInLedger
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<IFigureObserver, bool>> _subscribers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _subscribeCalls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);

    /// <summary>The next <paramref name="count"/> subscribe calls to <paramref name="key"/> time out, as a Redis or Orleans call would.</summary>
    public void TimeOutNext(string key, int count) => _failures[key] = count;

    public bool IsSubscribed(string key) => _subscribers.TryGetValue(key, out var set) && !set.IsEmpty;

    public int SubscribeCalls(string key) => _subscribeCalls.GetValueOrDefault(key);

    public void Subscribed(string key, IFigureObserver observer)
    {
        if (_failures.TryGetValue(key, out var left) && left > 0 && _failures.TryUpdate(key, left - 1, left))
        {
            _subscribeCalls.AddOrUpdate(key, 1, (_, n) => n + 1);
            throw new TimeoutException($"stand-in timeout for {key}");
        }
        _subscribeCalls.AddOrUpdate(key, 1, (_, n) => n + 1);
        _subscribers.GetOrAdd(key, _ => new()).TryAdd(observer, true);
    }

    public void Unsubscribed(string key, IFigureObserver observer)
    {
        if (_subscribers.TryGetValue(key, out var set)) set.TryRemove(observer, out _);
    }
}
