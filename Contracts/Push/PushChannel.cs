namespace Philly311.Ops.Contracts.Push;

/// <summary>Where a pushed FAQ answer goes. SMS, app push, social and web banner are provider webhooks; email is SMTP; IVR is the phone queue's announcement text.</summary>
[GenerateSerializer]
public enum PushChannel
{
    Sms,
    AppPush,
    Social,
    WebBanner,
    Email,
    Ivr,
}
