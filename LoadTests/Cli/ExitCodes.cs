namespace Philly311.Ops.LoadTests.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int Unreachable = 2;

    /// <summary>
    /// A run finished but its counts did not add up (sent ≠ acknowledged + errors, or the city total moved by something
    /// else than the accepted requests). Budget verdicts are in the report and do not change the exit code: a knee run
    /// ends by breaking a budget on purpose.
    /// </summary>
    public const int BudgetFailed = 3;

    /// <summary>The conventional code of a process stopped by SIGINT.</summary>
    public const int Interrupted = 130;
}
