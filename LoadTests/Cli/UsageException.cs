namespace Philly311.Ops.LoadTests.Cli;

/// <summary>The command line is wrong: print the message and the usage, exit 1.</summary>
internal sealed class UsageException(string message) : Exception(message);
