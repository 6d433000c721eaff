namespace Philly311.Ops.Dashboard.Wallboard;

/// <summary><c>Wallboard:Layouts:{name}</c>; <c>/wallboard</c> shows <see cref="DefaultLayout"/>, <c>/wallboard/{name}</c> any other.</summary>
public sealed class WallboardOptions
{
    public const string Section = "Wallboard";
    public const string DefaultLayout = "default";

    public Dictionary<string, WallboardLayoutOptions> Layouts { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
