using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>One per-key hub group this process has viewers for. Touched only under the lock of <see cref="KeyedFigures"/>.</summary>
internal sealed class KeyedGroup(string key)
{
    public HeldFrame Held { get; } = new(key);

    /// <summary>Connections of this process in the group; the grain is subscribed while it is above zero.</summary>
    public int Viewers { get; set; }

    /// <summary>The first subscription to the grain: every Join awaits it, so none answers before frames are coming.</summary>
    public Task? Subscribed { get; set; }

    /// <summary>What the group was last sent (or answered on Join): a frame is pushed once, never twice.</summary>
    public FigureFrame? Sent { get; set; }

    /// <summary>The key waits in the send queue; later frames just replace <see cref="HeldFrame.Frame"/> (latest wins).</summary>
    public bool Pending { get; set; }
}
