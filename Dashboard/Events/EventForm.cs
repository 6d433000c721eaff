using System.ComponentModel.DataAnnotations;
using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.Dashboard.Events;

/// <summary>The declare / update form; times are entered in city time and stored as instants (DST-safe via <see cref="CityTime"/>).</summary>
public sealed class EventForm
{
    public EventKind Kind { get; set; } = EventKind.SnowEmergency;

    // The API refuses an empty or over-long name (Silo/Emergency/EventEndpoints.cs); the form must too.
    [Required(ErrorMessage = "Name is required."), StringLength(120, ErrorMessage = "Name: at most 120 characters.")]
    public string Name { get; set; } = "";

    public string Neighborhoods { get; set; } = "";

    public DateTime Start { get; set; } = CityTime.ToLocal(DateTimeOffset.UtcNow).DateTime;

    public DateTime? PlannedEnd { get; set; }

    public bool Exercise { get; set; }

    public EventDeclaration ToDeclaration() => new(Kind, Name.Trim(),
        Neighborhoods.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Instant(Start), PlannedEnd is { } end ? Instant(end) : null, Exercise);

    public static EventForm From(EventDeclaration d) => new()
    {
        Kind = d.Kind,
        Name = d.Name,
        Neighborhoods = string.Join(", ", d.Neighborhoods),
        Start = CityTime.ToLocal(d.Start).DateTime,
        PlannedEnd = d.PlannedEnd is { } end ? CityTime.ToLocal(end).DateTime : null,
        Exercise = d.Exercise,
    };

    private static DateTimeOffset Instant(DateTime local) =>
        new(local, CityTime.Zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));
}
