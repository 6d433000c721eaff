using System.Collections.Immutable;

namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>
/// What is amber or red right now in this process, worst first, as <see cref="AlertWatch"/> evaluates the live feeds.
/// In memory only: every dashboard evaluates the same pushed frames, so their strips agree without asking Redis.
/// </summary>
public sealed class ActiveAlerts
{
    private ImmutableArray<AlertReading> _current = [];
    private ImmutableArray<Action> _listeners = [];

    public IReadOnlyList<AlertReading> Current => _current;

    public void Set(IEnumerable<AlertReading> readings)
    {
        var next = readings.Where(r => r.Level != AlertLevel.Ok)
            .OrderByDescending(r => r.Level).ThenBy(r => r.Name, StringComparer.Ordinal).ToImmutableArray();
        if (next.SequenceEqual(_current)) return;
        _current = next;
        foreach (var listener in _listeners)
        {
            try
            {
                listener();
            }
            catch (Exception)
            {
                // A circuit gone mid-render must not keep the other screens from hearing.
            }
        }
    }

    /// <summary>Calls <paramref name="onChange"/> after every change (components marshal with InvokeAsync); dispose to stop.</summary>
    public IDisposable Subscribe(Action onChange)
    {
        ImmutableInterlocked.Update(ref _listeners, (list, l) => list.Add(l), onChange);
        return new Subscription(() => ImmutableInterlocked.Update(ref _listeners, (list, l) => list.Remove(l), onChange));
    }

    private sealed class Subscription(Action stop) : IDisposable
    {
        public void Dispose() => stop();
    }
}
