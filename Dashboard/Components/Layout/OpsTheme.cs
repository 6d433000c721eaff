using MudBlazor;

namespace Philly311.Ops.Dashboard.Components.Layout;

/// <summary>
/// Dark, for control rooms and TVs. Only three strong colors, each with one meaning across the app:
/// green = live, amber = stale, red = disconnected.
/// </summary>
public static class OpsTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#64b5f6",
            Secondary = "#90a4ae",
            Info = "#64b5f6",
            Success = "#43a047",
            Warning = "#ffb300",
            Error = "#e53935",
            Background = "#101418",
            Surface = "#1a2027",
            AppbarBackground = "#0b0f13",
            TextPrimary = "#eceff1",
            TextSecondary = "#b0bec5",
        },
    };
}
