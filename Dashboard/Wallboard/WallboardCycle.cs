namespace Philly311.Ops.Dashboard.Wallboard;

/// <summary>
/// Which view a layout shows at an instant: derived from the clock, not counted per screen, so every TV on the same
/// layout shows the same view at the same time and a reloaded page picks up where the others are.
/// </summary>
public static class WallboardCycle
{
    public static int IndexAt(DateTimeOffset now, WallboardLayoutOptions layout) =>
        layout.Views.Count <= 1 ? 0 : (int)(now.ToUnixTimeSeconds() / layout.SecondsPerView % layout.Views.Count);
}
