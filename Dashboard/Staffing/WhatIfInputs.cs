using System.Globalization;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Contracts.Staffing;

namespace Philly311.Ops.Dashboard.Staffing;

/// <summary>
/// What the director changes on the queue page: the volume, the handle time and the target. Unset fields follow the live
/// queue (its last 30 minutes' arrivals and handle time, its configured target), so the what-if starts from "now".
/// Bounds match <c>GET /api/staffing/erlang-c</c>; a value outside them is named, never computed.
/// </summary>
public sealed class WhatIfInputs
{
    public double VolumeChangePercent { get; set; }

    public double? HandleSeconds { get; set; }

    public double? TargetPercent { get; set; }

    public double? AnswerWithinSeconds { get; set; }

    /// <summary>The first field out of bounds, in words; null when all are usable.</summary>
    public string? Refusal() =>
        VolumeChangePercent is <= -100 or > 1000 || double.IsNaN(VolumeChangePercent) ? "Volume change must be above −100 % and at most +1000 %."
        : HandleSeconds is { } h && (h is < 1 or > 7200 || double.IsNaN(h)) ? "Handle time must be between 1 and 7200 seconds."
        : TargetPercent is { } t && (t is < 1 or > 99.9 || double.IsNaN(t)) ? "Target must be between 1 % and 99.9 %."
        : AnswerWithinSeconds is { } w && (w is < 0 or > 3600 || double.IsNaN(w)) ? "Answer within must be between 0 and 3600 seconds."
        : null;

    public WhatIfAnswer Answer(QueueFrame frame)
    {
        var perHour = frame.Staffing.ArrivalsPerHour * (1 + VolumeChangePercent / 100);
        var handle = HandleSeconds ?? frame.Staffing.HandleSeconds;
        var target = (TargetPercent ?? frame.ServiceLevelTarget * 100) / 100;
        var within = AnswerWithinSeconds ?? frame.AnswerWithinSeconds;
        var plan = StaffingPlan.For(perHour, 3600, handle, within, target);
        var traffic = ErlangC.TrafficErlangs(perHour, 3600, handle);
        var working = (int)Math.Min(frame.Staffing.AgentsWorking, ErlangC.MaxAgents);
        return new WhatIfAnswer(perHour, handle, target, within, plan, working, ErlangC.ServiceLevel(working, traffic, handle, within));
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
