namespace Philly311.Ops.Dashboard.Map;

/// <summary>One class of the choropleth: values <see cref="From"/>..<see cref="To"/> share <see cref="Color"/>.</summary>
public sealed record MapClass(long From, long To, string Color)
{
    public string Label => From == To ? From.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
        : $"{From.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}–{To.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}";
}
