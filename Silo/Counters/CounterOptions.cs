using System.ComponentModel.DataAnnotations;

namespace Philly311.Ops.Silo.Counters;

/// <summary>Where the counters live in Redis and how long what is no longer shown is kept.</summary>
public sealed class CounterOptions
{
    public const string Section = "Counters";

    /// <summary>A prefix per deployment (or per test) keeps them apart on one server; it becomes the keys' hash tag.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,32}:?$", ErrorMessage = "Counters:KeyPrefix must be 1-32 letters, digits, '_', '.' or '-', optionally ending in ':'.")]
    public string KeyPrefix { get; set; } = "ops:";

    /// <summary>
    /// How long a closed request's record is kept after its close. A version of it arriving later than this is counted
    /// as a new request; 30 days covers the reopen and late-update traffic of the city's public data.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00", ErrorMessage = "Counters:ClosedRecordRetention must be between 1 hour and 10 years.")]
    public TimeSpan ClosedRecordRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How many city days of per-day counters (today, per 15 minutes) are kept: 35 leaves "same weekday last weeks".</summary>
    [Range(2, 3650, ErrorMessage = "Counters:DaysKept must be between 2 and 3650.")]
    public int DaysKept { get; set; } = 35;

    /// <summary>How often the retention sweep runs.</summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromHours(1);
}
