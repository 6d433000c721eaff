using System.Collections.Concurrent;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// Failed sign-ins in a sliding window: <see cref="AccessOptions.MaxFailedSignIns"/> per account and client address
/// (guessing one password), four times that per address (trying many names). Successes cost nothing.
/// </summary>
public sealed class SignInThrottle(AccessSettings settings, TimeProvider clock)
{
    private const int AddressFactor = 4;
    private const int MaxTracked = 10_000;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait before trying again, or null when it may try now.</summary>
    public TimeSpan? Blocked(string address, string name)
    {
        var options = settings.Current;
        var now = clock.GetUtcNow();
        return Wait(AccountKey(address, name), options.MaxFailedSignIns, options.FailedSignInWindow, now)
            ?? Wait(address, options.MaxFailedSignIns * AddressFactor, options.FailedSignInWindow, now);
    }

    public void Failed(string address, string name)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > MaxTracked) Forget(now - settings.Current.FailedSignInWindow);
        foreach (var key in new[] { AccountKey(address, name), address })
        {
            var queue = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (queue) queue.Enqueue(now);
        }
    }

    public void Succeeded(string address, string name) => _failures.TryRemove(AccountKey(address, name), out _);

    private TimeSpan? Wait(string key, int max, TimeSpan window, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var queue)) return null;
        lock (queue)
        {
            while (queue.Count > 0 && queue.Peek() <= now - window) queue.Dequeue();
            if (queue.Count < max) return null;
            // The oldest failure in the window leaving it is when one more try is allowed.
            return queue.Peek() + window - now;
        }
    }

    private void Forget(DateTimeOffset before)
    {
        foreach (var (key, queue) in _failures)
        {
            bool stale;
            lock (queue) stale = queue.Count == 0 || queue.Max() <= before;
            if (stale) _failures.TryRemove(key, out _);
        }
    }

    private static string AccountKey(string address, string name) => address + "|" + name.ToLowerInvariant();
}
