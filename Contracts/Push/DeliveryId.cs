using System.Globalization;

namespace Philly311.Ops.Contracts.Push;

/// <summary>A delivery's id is <c>{pushId}.{n}</c>: the callback endpoint finds the push grain from the id alone.</summary>
public static class DeliveryId
{
    public static string Of(string pushId, int delivery) => pushId + "." + delivery.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? id, out string pushId, out int delivery)
    {
        pushId = "";
        delivery = -1;
        var dot = id?.LastIndexOf('.') ?? -1;
        if (dot <= 0 || dot == id!.Length - 1) return false;
        if (!int.TryParse(id.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out delivery)) return false;
        pushId = id[..dot];
        return true;
    }
}
