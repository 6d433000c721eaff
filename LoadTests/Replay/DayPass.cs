using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>One pass over (part of) the recording: which rows, moved how, and the tag that keeps its ids apart.</summary>
internal sealed record DayPass(int Number, CityDayShift Shift, IReadOnlyList<ServiceRequestEvent> Rows)
{
    public string Tag => $"p{Number}-";
}
