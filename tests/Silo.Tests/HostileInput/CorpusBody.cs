using System.Net;
using System.Text;

namespace Philly311.Ops.Silo.Tests.HostileInput;

/// <summary>
/// A case's body as sent: the file's bytes, with its expand marker (if any) streamed out as that many 'x' bytes, so a
/// 40 MB field costs the test 64 KiB of memory and git a few bytes.
/// </summary>
public sealed class CorpusBody(byte[] template, string? marker, long fill) : HttpContent
{
    private static readonly byte[] Filler = Enumerable.Repeat((byte)'x', 64 * 1024).ToArray();

    private (int At, int Skip) Split()
    {
        if (marker is null) return (template.Length, 0);
        var bytes = Encoding.UTF8.GetBytes(marker);
        var at = template.AsSpan().IndexOf(bytes);
        return at < 0 ? throw new InvalidOperationException($"The marker {marker} is not in the body.") : (at, bytes.Length);
    }

    /// <summary>The body with the filler shortened to <paramref name="shown"/> bytes: what the echo check compares answers against.</summary>
    public string Sample(int shown)
    {
        var (at, skip) = Split();
        if (skip == 0) return Encoding.UTF8.GetString(template);
        return Encoding.UTF8.GetString(template, 0, at) + new string('x', shown) + Encoding.UTF8.GetString(template, at + skip, template.Length - at - skip);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var (at, skip) = Split();
        await stream.WriteAsync(template.AsMemory(0, at));
        if (skip > 0)
        {
            for (var left = fill; left > 0; left -= Filler.Length)
            {
                await stream.WriteAsync(Filler.AsMemory(0, (int)Math.Min(left, Filler.Length)));
            }
            await stream.WriteAsync(template.AsMemory(at + skip));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        var (_, skip) = Split();
        length = template.Length - skip + (skip > 0 ? fill : 0);
        return true;
    }
}
