namespace Philly311.Ops.Dashboard.Wallboard;

/// <summary>One configured wallboard: the views it cycles through, each shown for <see cref="SecondsPerView"/>.</summary>
public sealed class WallboardLayoutOptions
{
    public const int MinSeconds = 5;
    public const int MaxSeconds = 3600;

    public List<string> Views { get; set; } = [];

    public int SecondsPerView { get; set; } = 20;
}
