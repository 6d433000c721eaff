using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// The objects of one GCHeapDump walk, summed by type and by "type ← the type of the first object referring to it",
/// which names who holds the bytes (a <c>Byte[]</c> held by a pipe segment is not one held by a render batch).
/// The runtime sends nodes in order and then their edges in the same order, each node owning the next EdgeCount edges.
/// </summary>
internal sealed class HeapWalk
{
    private readonly Dictionary<ulong, string> _typeNames = [];
    private readonly List<(ulong Address, ulong Type, long Size, int Edges)> _nodes = [];
    private readonly List<ulong> _edges = [];

    public void OnTypes(GCBulkTypeTraceData e)
    {
        for (var i = 0; i < e.Count; i++)
        {
            var type = e.Values(i);
            _typeNames[type.TypeID] = type.TypeName;
        }
    }

    public void OnNodes(GCBulkNodeTraceData e)
    {
        for (var i = 0; i < e.Count; i++)
        {
            var node = e.Values(i);
            _nodes.Add((node.Address, node.TypeID, (long)node.Size, (int)node.EdgeCount));
        }
    }

    public void OnEdges(GCBulkEdgeTraceData e)
    {
        for (var i = 0; i < e.Count; i++) _edges.Add(e.Values(i).Target);
    }

    public IReadOnlyList<TypeShare> ByType() => Sum(_nodes.Select(n => (Name(n.Type), n.Size)));

    public IReadOnlyList<TypeShare> ByHolder()
    {
        var holder = new Dictionary<ulong, ulong>(_nodes.Count);
        var at = 0;
        foreach (var node in _nodes)
        {
            for (var k = 0; k < node.Edges && at < _edges.Count; k++, at++) holder.TryAdd(_edges[at], node.Type);
        }
        return Sum(_nodes.Select(n => (Name(n.Type) + " ← " + (holder.TryGetValue(n.Address, out var h) ? Name(h) : "(a GC root)"), n.Size)));
    }

    private string Name(ulong type) => _typeNames.GetValueOrDefault(type) ?? $"type 0x{type:x}";

    private static List<TypeShare> Sum(IEnumerable<(string Type, long Size)> objects) =>
        objects.GroupBy(o => o.Type, StringComparer.Ordinal).Select(g => new TypeShare(g.Key, g.LongCount(), g.Sum(o => o.Size))).ToList();
}
