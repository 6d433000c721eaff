using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Silo.Push;

/// <summary><c>POST /api/events/{id}/pushes</c>: FAQ item ids × language codes × channels (<c>sms, app_push, social, web_banner, email, ivr</c>).</summary>
public sealed record PushBody(string[]? Items, string[]? Languages, PushChannel[]? Channels);
