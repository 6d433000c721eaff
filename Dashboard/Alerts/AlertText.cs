using MudBlazor;

namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>The words and icon of each level, so no screen tells a level by its color alone.</summary>
public static class AlertText
{
    public static string Word(AlertLevel level) => level switch
    {
        AlertLevel.Red => "RED",
        AlertLevel.Amber => "AMBER",
        _ => "OK",
    };

    public static string Icon(AlertLevel level) => level switch
    {
        AlertLevel.Red => Icons.Material.Filled.Error,
        AlertLevel.Amber => Icons.Material.Filled.Warning,
        _ => Icons.Material.Filled.CheckCircle,
    };

    public static string CssClass(AlertLevel level) => "alert-" + level.ToString().ToLowerInvariant();

    /// <summary>"Spanish line: service level 62 % (red < 70 %)".</summary>
    public static string Sentence(AlertReading r) => $"{r.Name}: {r.Metric} {r.Value} ({Word(r.Level).ToLowerInvariant()} {r.Threshold})";
}
