using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;

namespace Philly311.Ops.Dashboard.Components.Markup;

/// <summary>
/// One markup string per object and wall-clock second, shared by every circuit that shows that object in that second.
/// For rows of frames the process holds once (a feed's frames) whose text also ticks by the second (an oldest wait, an
/// "overdue by"): every circuit's tick in the same second gets the same string instead of building its own.
/// </summary>
public sealed class MarkupPerSecond<T>(Func<T, DateTimeOffset, string> build) where T : class
{
    // Weak: a frame no feed holds any more takes its string with it.
    private readonly ConditionalWeakTable<T, Built> _built = [];

    /// <summary>The string for <paramref name="item"/> as of the whole second of <paramref name="now"/>.</summary>
    public MarkupString Of(T item, DateTimeOffset now)
    {
        var second = now.ToUnixTimeSeconds();
        if (_built.TryGetValue(item, out var built) && built.Second == second) return built.Markup;
        var markup = new MarkupString(build(item, DateTimeOffset.FromUnixTimeSeconds(second)));
        _built.AddOrUpdate(item, new Built(second, markup));
        return markup;
    }

    private sealed record Built(long Second, MarkupString Markup);
}
