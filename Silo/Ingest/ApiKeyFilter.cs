using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>Every ingest call needs <c>X-Api-Key</c>; compared in constant time so the key can't be guessed byte by byte.</summary>
public sealed class ApiKeyFilter(IOptions<IngestOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.ApiKey);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var sent = context.HttpContext.Request.Headers[Header].ToString();
        if (_key.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), _key))
        {
            return ValueTask.FromResult<object?>(IngestProblems.Invalid(
                new FieldError(Header, sent.Length == 0 ? "The X-Api-Key header is required." : "The X-Api-Key header is not a valid ingest key."),
                StatusCodes.Status401Unauthorized));
        }
        return next(context);
    }
}
