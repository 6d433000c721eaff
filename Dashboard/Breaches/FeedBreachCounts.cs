using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Dashboard.Board;

namespace Philly311.Ops.Dashboard.Breaches;

/// <summary>
/// The tables' and the map's breach source, read from the process's one <see cref="BreachFeed"/>. The breach frame
/// keys its rows with the same keys as the figure lists (both come from the request record), so no mapping is needed.
/// A feed that has no frame yet answers null: the screens then say "not available" instead of showing zeros.
/// </summary>
public sealed class FeedBreachCounts(BreachFeed feed) : IBreachCounts
{
    private readonly Lock _gate = new();
    private (long Version, Dictionary<string, IReadOnlyDictionary<string, long>> ByDimension)? _built;

    public IReadOnlyDictionary<string, long>? CountsOf(string dimension)
    {
        if (feed.Current is not { } frame) return null;
        lock (_gate)
        {
            if (_built is not { } built || built.Version != frame.Version)
            {
                _built = built = (frame.Version, new Dictionary<string, IReadOnlyDictionary<string, long>>(StringComparer.Ordinal)
                {
                    ["dept"] = ToDictionary(frame.Departments),
                    ["hood"] = ToDictionary(frame.Neighborhoods),
                    ["zip"] = ToDictionary(frame.Zips),
                    ["service"] = ToDictionary(frame.RequestTypes),
                });
            }
            return built.ByDimension.GetValueOrDefault(dimension);
        }
    }

    public IDisposable Subscribe(Action onChange) => feed.Subscribe(() =>
    {
        onChange();
        return Task.CompletedTask;
    });

    private static Dictionary<string, long> ToDictionary(IReadOnlyList<BreachCount> rows) =>
        rows.ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal);
}
