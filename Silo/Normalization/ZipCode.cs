using System.Text.RegularExpressions;

namespace Philly311.Ops.Silo.Normalization;

/// <summary>
/// ZIP codes as the city's exports write them: "19128", "19128-1234", and "19128.0" (the published
/// dataset stores ZIPs as floats). All become "19128"; anything else is refused, not guessed.
/// </summary>
public static partial class ZipCode
{
    /// <summary>Empty input is valid and means "no ZIP given" (<paramref name="zip"/> is null).</summary>
    public static bool TryNormalize(string? text, out string? zip)
    {
        zip = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var match = Pattern().Match(text.Trim());
        if (!match.Success) return false;
        zip = match.Groups["zip"].Value;
        return true;
    }

    // [0-9], not \d: .NET's \d matches every Unicode digit, and "١٩١٢٨" (Arabic-Indic) became a phantom ZIP entry.
    [GeneratedRegex(@"^(?<zip>[0-9]{5})(-[0-9]{4}|\.0+)?\z")]
    private static partial Regex Pattern();
}
