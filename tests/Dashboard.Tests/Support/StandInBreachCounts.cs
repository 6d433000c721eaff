using Philly311.Ops.Dashboard.Board;

namespace Philly311.Ops.Dashboard.Tests.Support;

/// <summary>Breach counts a test sets by hand; null per dimension (the default) means "not available".</summary>
public sealed class StandInBreachCounts : IBreachCounts
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, long>> _counts = new(StringComparer.Ordinal);
    private readonly List<Action> _subscribers = [];

    public IReadOnlyDictionary<string, long>? CountsOf(string dimension) => _counts.GetValueOrDefault(dimension);

    public IDisposable Subscribe(Action onChange)
    {
        _subscribers.Add(onChange);
        return new Unsubscribe(() => _subscribers.Remove(onChange));
    }

    public void Set(string dimension, IReadOnlyDictionary<string, long> counts)
    {
        _counts[dimension] = counts;
        foreach (var subscriber in _subscribers.ToList()) subscriber();
    }

    private sealed class Unsubscribe(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
