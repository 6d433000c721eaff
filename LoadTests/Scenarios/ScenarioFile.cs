namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>
/// A scenario as written in YAML (or JSON, which YAML reads too), snake_case keys. NBomber's vocabulary:
/// each step is an <c>inject</c> (open model, constant rate), <c>ramping_inject</c>, <c>spike</c> or <c>pause</c>;
/// the <c>baseline</c> is a <c>keep_constant</c> (closed model, N copies). Mutable because the YAML reader fills it.
/// </summary>
internal sealed class ScenarioFile
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Grounding { get; set; }
    public TrafficFile? Mix { get; set; }
    public ReadersFile? Readers { get; set; }
    public int BulkSize { get; set; } = 500;
    public BaselineFile? Baseline { get; set; }
    public BulkProbeFile? BulkProbe { get; set; }
    public KneeFile? Knee { get; set; }
    public EndpointsFile? Endpoints { get; set; }
    public ContactCenterFile? ContactCenter { get; set; }

    /// <summary>Another shipped scenario whose <c>contact_center</c> this one uses, so a variant never copies it by hand.</summary>
    public string? ContactCenterOf { get; set; }
    public double? KneeRate { get; set; }
    public List<StepFile> Steps { get; set; } = [];
}
