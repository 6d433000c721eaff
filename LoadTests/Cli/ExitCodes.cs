namespace Philly311.Ops.LoadTests.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int Unreachable = 2;

    /// <summary>A run finished but a DESIGN.md budget or a count check failed.</summary>
    public const int BudgetFailed = 3;

    /// <summary>The conventional code of a process stopped by SIGINT.</summary>
    public const int Interrupted = 130;
}
