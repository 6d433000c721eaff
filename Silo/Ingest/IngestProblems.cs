using Microsoft.AspNetCore.Mvc;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>RFC 7807 answers for refused input: always naming the field, in <c>field</c> and in <c>errors</c>.</summary>
public static class IngestProblems
{
    public static IResult Invalid(FieldError error, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(Details(error, status));

    public static ProblemDetails Details(FieldError error, int status = StatusCodes.Status400BadRequest) => new()
    {
        Type = $"https://philly311-ops.local/problems/{Slug(status)}",
        Title = status switch
        {
            StatusCodes.Status401Unauthorized => "Missing or wrong API key",
            StatusCodes.Status413PayloadTooLarge => "Body too large",
            StatusCodes.Status415UnsupportedMediaType => "Unsupported content type",
            _ => $"Invalid field '{error.Field}'",
        },
        Status = status,
        Detail = error.Message,
        Extensions =
        {
            ["field"] = error.Field,
            ["errors"] = new Dictionary<string, string[]> { [error.Field] = [error.Message] },
        },
    };

    /// <summary>429 or 503 with Retry-After: nothing was (knowingly) stored, and the sender should send the same event again.</summary>
    public static IResult Refused(HttpContext context, CommitRefusedException refused)
    {
        context.Response.Headers.RetryAfter = refused.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(new ProblemDetails
        {
            Type = $"https://philly311-ops.local/problems/{(refused.Status == StatusCodes.Status429TooManyRequests ? "busy" : "store-unavailable")}",
            Title = refused.Status == StatusCodes.Status429TooManyRequests ? "Too many events waiting" : "Events can't be stored right now",
            Status = refused.Status,
            Detail = refused.Message,
            Extensions = { ["retryAfter"] = refused.RetryAfterSeconds },
        });
    }

    private static string Slug(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "unauthorized",
        StatusCodes.Status413PayloadTooLarge => "body-too-large",
        StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
        _ => "invalid-field",
    };
}
