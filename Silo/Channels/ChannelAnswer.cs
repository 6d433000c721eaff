namespace Philly311.Ops.Silo.Channels;

public enum ChannelAnswer
{
    /// <summary>Handed over and final (SMTP relay accepted, IVR text stored).</summary>
    Delivered,
    /// <summary>The provider took it; its signed status callback will say how it ended.</summary>
    Accepted,
}
