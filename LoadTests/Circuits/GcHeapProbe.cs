using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;
using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// Reads a process's managed heap the way dotnet-gcdump does: an EventPipe session to its pid with the GCHeapCollect
/// keyword makes the runtime run a full blocking GC, whose GCHeapStats event says what survived. With a heap walk
/// (GCHeapDump) the same GC also lists every live object, summed here by type. Nothing is installed in the process.
/// </summary>
internal static class GcHeapProbe
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";

    /// <summary>CLR keyword 0x800000: the session's start forces a GC (not in TraceEvent's enum under that name).</summary>
    private const long GcHeapCollect = 0x800000;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<HeapReading> ReadAsync(int pid, bool walkTypes, CancellationToken stop)
    {
        var keywords = (long)ClrTraceEventParser.Keywords.GC | GcHeapCollect;
        if (walkTypes) keywords |= (long)(ClrTraceEventParser.Keywords.GCHeapDump | ClrTraceEventParser.Keywords.Type | ClrTraceEventParser.Keywords.GCHeapAndTypeNames);
        var client = new DiagnosticsClient(pid);
        using var session = await client.StartEventPipeSessionAsync(
            [new EventPipeProvider(RuntimeProvider, EventLevel.Informational, keywords)], requestRundown: false, circularBufferMB: 512, stop);
        using var source = new EventPipeEventSource(session.EventStream);
        var gc = new InducedGc(walkTypes);
        gc.Attach(source);
        var processing = Task.Run(source.Process, CancellationToken.None);
        try
        {
            await gc.Done.Task.WaitAsync(Timeout, stop);
        }
        finally
        {
            // Stop ends the stream: Process() returns once it has handed over what was still buffered.
            try { await session.StopAsync(CancellationToken.None); }
            catch (ServerNotAvailableException) { }
            await processing.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        }
        var rss = ProcStat.Read(pid)?.RssBytes ?? 0;
        return gc.Reading(rss);
    }

    /// <summary>Follows the first full blocking GC after the session started, to its heap stats and its end.</summary>
    private sealed class InducedGc(bool walkTypes)
    {
        private readonly HeapWalk _walk = new();
        private int? _number;
        private string _reason = "";
        private GCHeapStatsTraceData? _stats;
        private long _live;
        private long _heap;
        private bool _ended;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Attach(EventPipeEventSource source)
        {
            source.Clr.GCStart += e =>
            {
                if (_number is not null || e.Depth != 2 || e.Type == GCType.BackgroundGC) return;
                _number = e.Count;
                _reason = e.Reason.ToString();
            };
            source.Clr.GCHeapStats += e =>
            {
                if (_number is null || _stats is not null) return;
                _stats = e;
                _live = e.TotalPromotedSize0 + e.TotalPromotedSize1 + e.TotalPromotedSize2 + e.TotalPromotedSize3 + e.TotalPromotedSize4;
                _heap = e.GenerationSize0 + e.GenerationSize1 + e.GenerationSize2 + e.GenerationSize3 + e.GenerationSize4;
                Check();
            };
            source.Clr.GCStop += e =>
            {
                if (_number == e.Count) _ended = true;
                Check();
            };
            if (!walkTypes) return;
            source.Clr.TypeBulkType += _walk.OnTypes;
            source.Clr.GCBulkNode += _walk.OnNodes;
            source.Clr.GCBulkEdge += _walk.OnEdges;
        }

        private void Check()
        {
            if (_stats is not null && _ended) Done.TrySetResult();
        }

        public HeapReading Reading(long rss)
        {
            if (_number is not { } number || _stats is null) throw new InvalidOperationException("The induced GC did not report its heap stats.");
            return walkTypes
                ? new HeapReading(_live, _heap, rss, number, _reason, _walk.ByType(), _walk.ByHolder())
                : new HeapReading(_live, _heap, rss, number, _reason);
        }
    }
}
