using Philly311.Ops.Contracts.Queues;

namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>What makes thresholds usable, for config at start and for the director's edits alike: each problem names its field.</summary>
public static class ThresholdRules
{
    public const int MaxWaitSeconds = 86_400;

    public static IReadOnlyList<string> Check(QueueThresholds t, string path)
    {
        var errors = new List<string>();
        if (!Percent(t.ServiceLevelAmberPercent)) errors.Add($"{path}:ServiceLevelAmberPercent must be between 0 and 100.");
        if (!Percent(t.ServiceLevelRedPercent)) errors.Add($"{path}:ServiceLevelRedPercent must be between 0 and 100.");
        if (t.ServiceLevelRedPercent > t.ServiceLevelAmberPercent)
            errors.Add($"{path}:ServiceLevelRedPercent must not be above ServiceLevelAmberPercent (a lower service level is worse).");
        if (t.OldestWaitAmberSeconds is < 1 or > MaxWaitSeconds) errors.Add($"{path}:OldestWaitAmberSeconds must be between 1 and {MaxWaitSeconds}.");
        if (t.OldestWaitRedSeconds is < 1 or > MaxWaitSeconds) errors.Add($"{path}:OldestWaitRedSeconds must be between 1 and {MaxWaitSeconds}.");
        if (t.OldestWaitAmberSeconds > t.OldestWaitRedSeconds) errors.Add($"{path}:OldestWaitAmberSeconds must not be above OldestWaitRedSeconds.");
        return errors;
    }

    public static IReadOnlyList<string> Check(DepartmentThresholds t, string path)
    {
        var errors = new List<string>();
        if (t.BreachedAmber < 1) errors.Add($"{path}:BreachedAmber must be at least 1.");
        if (t.BreachedRed < 1) errors.Add($"{path}:BreachedRed must be at least 1.");
        if (t.BreachedAmber > t.BreachedRed) errors.Add($"{path}:BreachedAmber must not be above BreachedRed.");
        return errors;
    }

    public static bool QueueSlugOk(string slug) => QueueKeys.IsValid(QueueKeys.Queue(slug));

    /// <summary>Department keys come from the request feed; refuse only what could not be one (empty, long, control characters).</summary>
    public static bool DepartmentKeyOk(string key) => key.Length is > 0 and <= 100 && !key.Any(char.IsControl);

    private static bool Percent(double p) => double.IsFinite(p) && p is >= 0 and <= 100;
}
