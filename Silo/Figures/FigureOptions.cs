using System.ComponentModel.DataAnnotations;

namespace Philly311.Ops.Silo.Figures;

public sealed class FigureOptions
{
    public const string Section = "Figures";

    /// <summary>
    /// How long the per-silo router merges commits before forwarding (default 60 ms: at most ~17 calls a second per
    /// figure per silo, within the 20 budget). Tests stretch it to hold a commit unforwarded while they kill the silo.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00", ErrorMessage = "Figures:RouterWindow must be between 1 ms and 5 minutes.")]
    public TimeSpan RouterWindow { get; set; } = TimeSpan.FromMilliseconds(60);
}
