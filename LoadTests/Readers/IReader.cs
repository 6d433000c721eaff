namespace Philly311.Ops.LoadTests.Readers;

/// <summary>A connected hub subscriber of either kind.</summary>
internal interface IReader : IAsyncDisposable
{
    bool IsProbe { get; }
}
