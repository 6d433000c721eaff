using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// PBKDF2-HMAC-SHA256 in a text form any tool can produce:
/// <c>pbkdf2-sha256${iterations}${salt}${hash}</c>, salt and hash base64 (e.g. Python's <c>hashlib.pbkdf2_hmac</c>).
/// </summary>
public static class PasswordHash
{
    public const string Prefix = "pbkdf2-sha256";
    public const int DefaultIterations = 100_000;
    private const int MinIterations = 10_000;

    public static string Create(string password, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, 32);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    public static bool IsWellFormed(string? text) => TryParse(text, out _, out _, out _);

    public static bool Verify(string password, string? text)
    {
        if (!TryParse(text, out var iterations, out var salt, out var expected)) return false;
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static bool TryParse(string? text, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var parts = (text ?? "").Split('$');
        if (parts.Length != 4 || parts[0] != Prefix) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < MinIterations) return false;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        return salt.Length >= 8 && hash.Length >= 16;
    }
}
