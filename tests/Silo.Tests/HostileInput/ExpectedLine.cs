namespace Philly311.Ops.Silo.Tests.HostileInput;

/// <summary>One answer line a bulk case expects: its line number, result and (for a rejection) the field it names.</summary>
public sealed record ExpectedLine(int Line, string Result, string? Field);
