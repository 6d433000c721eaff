using System.Globalization;
using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Queues;

namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>Levels from frames and thresholds; pure, so the rules are tested without feeds or Redis.</summary>
public static class AlertEvaluation
{
    public const string ServiceLevel = "service level";
    public const string OldestWait = "oldest wait";
    public const string Breached = "requests past due";

    /// <summary>The worse of service level (window, else day; none yet → ok) and oldest wait at <paramref name="now"/>.</summary>
    public static AlertReading Queue(QueueFrame frame, QueueThresholds t, DateTimeOffset now)
    {
        var subject = AlertReading.QueuePrefix + QueueKeys.Slug(frame.Key);
        var name = QueueText.Name(frame.Key);
        var share = frame.WindowServiceLevel ?? frame.ServiceLevel;
        var slLevel = share is not { } s ? AlertLevel.Ok
            : s * 100 < t.ServiceLevelRedPercent ? AlertLevel.Red
            : s * 100 < t.ServiceLevelAmberPercent ? AlertLevel.Amber : AlertLevel.Ok;
        var wait = frame.Waiting > 0 && frame.OldestWaitingSince is { } since && now > since ? now - since : TimeSpan.Zero;
        var waitLevel = wait.TotalSeconds >= t.OldestWaitRedSeconds ? AlertLevel.Red
            : wait.TotalSeconds >= t.OldestWaitAmberSeconds ? AlertLevel.Amber : AlertLevel.Ok;

        if (waitLevel > slLevel)
        {
            var limit = waitLevel == AlertLevel.Red ? t.OldestWaitRedSeconds : t.OldestWaitAmberSeconds;
            return new AlertReading(subject, name, waitLevel, OldestWait, QueueText.Wait(wait), "≥ " + QueueText.Wait(TimeSpan.FromSeconds(limit)), now);
        }
        var percent = slLevel == AlertLevel.Red ? t.ServiceLevelRedPercent : t.ServiceLevelAmberPercent;
        return new AlertReading(subject, name, slLevel, ServiceLevel, QueueText.Percent(share),
            string.Create(CultureInfo.InvariantCulture, $"< {percent:0.#} %"), frame.AsOf);
    }

    public static AlertReading Department(string key, string name, long breached, DepartmentThresholds t, DateTimeOffset asOf)
    {
        var level = breached >= t.BreachedRed ? AlertLevel.Red : breached >= t.BreachedAmber ? AlertLevel.Amber : AlertLevel.Ok;
        var limit = level == AlertLevel.Red ? t.BreachedRed : t.BreachedAmber;
        return new AlertReading(AlertReading.DepartmentPrefix + key, name, level, Breached,
            breached.ToString("N0", CultureInfo.InvariantCulture), "≥ " + limit.ToString("N0", CultureInfo.InvariantCulture), asOf);
    }

    /// <summary>Every department the frame lists, plus <paramref name="alsoKnown"/> (absent from the frame = none past due).</summary>
    public static IEnumerable<AlertReading> Departments(BreachFrame frame, Func<string, DepartmentThresholds> thresholds, IReadOnlyDictionary<string, string> alsoKnown)
    {
        var listed = frame.Departments.ToDictionary(d => d.Key, StringComparer.Ordinal);
        foreach (var d in frame.Departments) yield return Department(d.Key, d.Name, d.Count, thresholds(d.Key), frame.AsOf);
        foreach (var (key, name) in alsoKnown)
        {
            if (!listed.ContainsKey(key)) yield return Department(key, name, 0, thresholds(key), frame.AsOf);
        }
    }
}
