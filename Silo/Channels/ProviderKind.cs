namespace Philly311.Ops.Silo.Channels;

public enum ProviderKind
{
    /// <summary>An HTTP provider (SMS, app push, social, web banner): POST of the message, signed status callbacks later.</summary>
    Webhook,
    /// <summary>An SMTP relay: the relay's 250 is the delivery.</summary>
    Smtp,
    /// <summary>The phone queue's announcement text, stored in Redis for the IVR to read.</summary>
    Ivr,
}
