namespace Philly311.Ops.LoadTests.Reports;

internal enum Verdict
{
    Pass,
    Fail,

    /// <summary>Measured, but the run never got to the load the budget is stated at.</summary>
    NotReached,

    NotMeasured,
}
