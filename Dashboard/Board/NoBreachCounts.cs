namespace Philly311.Ops.Dashboard.Board;

/// <summary>The stand-in until the breaches feature registers its <see cref="IBreachCounts"/>: nothing is available.</summary>
public sealed class NoBreachCounts : IBreachCounts
{
    public IReadOnlyDictionary<string, long>? CountsOf(string dimension) => null;

    public IDisposable Subscribe(Action onChange) => NoSubscription.Instance;

    private sealed class NoSubscription : IDisposable
    {
        public static readonly NoSubscription Instance = new();

        public void Dispose()
        {
        }
    }
}
