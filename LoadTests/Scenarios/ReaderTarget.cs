namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>How many hub subscribers and wallboards are connected during a step, and which hub groups they join (round-robin).</summary>
internal sealed record ReaderTarget(int Subscribers, int Wallboards, IReadOnlyList<string> Groups)
{
    public static ReaderTarget None { get; } = new(0, 0, ["city"]);

    public int Total => Subscribers + Wallboards;
}
