namespace Philly311.Ops.Contracts.Figures;

/// <summary>
/// The dimensions a live figure is counted in. A figure's key is its hub group: <c>city</c>, or
/// <c>{dimension}:{key}</c> such as <c>dept:streets</c>, <c>hood:FISHTOWN</c> (lower-cased), <c>service:abandoned-vehicle</c>.
/// </summary>
public static class FigureDimension
{
    public const string City = "city";
    public const string Department = "dept";
    public const string Neighborhood = "hood";
    public const string Zip = "zip";
    public const string Channel = "channel";
    public const string Service = "service";

    /// <summary>Every dimension with a list grain (the tables of the board), in board order.</summary>
    public static IReadOnlyList<string> Lists { get; } = [Department, Neighborhood, Zip, Channel, Service];

    public static string Key(string dimension, string key) => dimension + ":" + key;

    /// <summary>The dimension of a figure key (<c>dept:streets</c> → <c>dept</c>; <c>city</c> → <c>city</c>).</summary>
    public static string Of(string figureKey)
    {
        var colon = figureKey.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? figureKey : figureKey[..colon];
    }

    /// <summary>The key within its dimension (<c>dept:streets</c> → <c>streets</c>).</summary>
    public static string KeyIn(string figureKey)
    {
        var colon = figureKey.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? figureKey : figureKey[(colon + 1)..];
    }
}
