using System.Globalization;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// Orders the versions of one request as a fixed-width string, so Redis (Lua) compares them as text.
/// Order: the effective update time (updated_datetime, else closed_datetime, else requested_datetime),
/// then closed_datetime (none before any), then status (closed after open). Equal keys are the same version.
/// </summary>
public static class VersionKey
{
    public static string For(DateTimeOffset requested, DateTimeOffset? updated, DateTimeOffset? closed, bool isClosed)
    {
        var effective = updated ?? closed ?? requested;
        return string.Create(CultureInfo.InvariantCulture,
            $"{effective.UtcTicks:D19}|{(closed?.UtcTicks ?? 0):D19}|{(isClosed ? 1 : 0)}");
    }
}
