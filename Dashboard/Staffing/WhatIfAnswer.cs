using System.Globalization;
using Philly311.Ops.Contracts.Staffing;
using Philly311.Ops.Dashboard.Queues;

namespace Philly311.Ops.Dashboard.Staffing;

/// <summary>The what-if's answer: agents the changed load needs, against those working now and what they would reach.</summary>
public sealed record WhatIfAnswer(
    double ArrivalsPerHour, double HandleSeconds, double Target, double AnswerWithinSeconds,
    StaffingAnswer? Plan, int Working, double ServiceLevelWithWorking)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Agents still to find (0 when the floor has enough); null past what Erlang C can plan.</summary>
    public int? Short => Plan is { } p ? Math.Max(0, p.Agents - Working) : null;

    public string Load => string.Create(C, $"{ArrivalsPerHour:0.#} contacts / hour, {QueueText.Seconds(HandleSeconds)} handle time");

    public string Goal => string.Create(C, $"{Target * 100:0.#} % answered in {AnswerWithinSeconds:0} s");

    /// <summary>One sentence a director can act on.</summary>
    public string Words => Plan switch
    {
        null => $"More than {ErlangC.MaxAgents.ToString(C)} agents would be needed: no staffing reaches {Goal} at this load.",
        { Agents: 0 } => "No contacts arrive at this load: no agents are needed.",
        { } p when Short is > 0 => string.Create(C,
            $"{p.Agents} agents needed for {Goal} ({QueueText.Percent(p.ServiceLevel)}, answer in {QueueText.Seconds(p.AsaSeconds)} on average). {Working} working now: {Short} short; with them {QueueText.Percent(ServiceLevelWithWorking)} in {AnswerWithinSeconds:0} s."),
        { } p => string.Create(C,
            $"{p.Agents} agents needed for {Goal} ({QueueText.Percent(p.ServiceLevel)}, answer in {QueueText.Seconds(p.AsaSeconds)} on average). {Working} working now: enough ({QueueText.Percent(ServiceLevelWithWorking)} in {AnswerWithinSeconds:0} s)."),
    };
}
