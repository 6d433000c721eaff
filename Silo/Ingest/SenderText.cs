using System.Globalization;
using System.Text;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// A sender's value as an error message may quote it: at most <see cref="MaxEcho"/> characters (then "…"), control
/// and bidi-override characters written as <c>\uXXXX</c>. A rejection must help the sender find the line, not hand a
/// megabyte back, spoof the terminal that prints it, or reorder the text a reader sees.
/// </summary>
public static class SenderText
{
    public const int MaxEcho = 64;

    public static string Quote(string? value)
    {
        if (value is null) return "";
        var builder = new StringBuilder(Math.Min(value.Length, MaxEcho) + 8);
        var taken = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (taken == MaxEcho)
            {
                builder.Append('…');
                break;
            }
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
            taken++;
        }
        return builder.ToString();
    }

    /// <summary>Characters that must not reach a log line or a screen raw: controls, lone surrogates, bidi overrides.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\uFEFF';

    /// <summary>True when <paramref name="value"/> holds a character that <see cref="IsUnsafe"/> refuses in a stored name.</summary>
    public static bool HasUnsafe(string value)
    {
        foreach (var c in value)
        {
            if (IsUnsafe(c)) return true;
        }
        return false;
    }

    /// <summary>True when every character is ASCII: catalogs match ASCII spellings only, so "ſocial" or "K" (Kelvin) can't pass as a known word.</summary>
    public static bool IsAscii(string value) => Ascii.IsValid(value);
}
