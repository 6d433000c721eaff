namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>The editor's fields for one queue's thresholds.</summary>
public sealed class QueueThresholdsEdit
{
    public double Amber { get; set; }
    public double Red { get; set; }
    public int WaitAmber { get; set; }
    public int WaitRed { get; set; }

    public static QueueThresholdsEdit From(QueueThresholds t) =>
        new() { Amber = t.ServiceLevelAmberPercent, Red = t.ServiceLevelRedPercent, WaitAmber = t.OldestWaitAmberSeconds, WaitRed = t.OldestWaitRedSeconds };

    public QueueThresholds ToThresholds() =>
        new() { ServiceLevelAmberPercent = Amber, ServiceLevelRedPercent = Red, OldestWaitAmberSeconds = WaitAmber, OldestWaitRedSeconds = WaitRed };
}
