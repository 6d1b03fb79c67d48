using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Privacy;

namespace RetailCrm.Bot.Admin;

/// <summary>
/// Data requests about one customer, by phone number in any spelling: <c>GET /admin/customers/{phone}</c>
/// exports everything held, <c>DELETE</c> erases the person (their sales stay in the numbers, anonymously).
/// Only when <c>Admin:ApiKey</c> is set, and only with it in <c>X-Api-Key</c>; every answer is <c>no-store</c>, so no
/// cache or proxy keeps a copy of someone's data.
/// </summary>
public static class CustomersAdminApi
{
    public const string ApiKeyHeader = AdminKeyGuard.ApiKeyHeader;

    public static WebApplication MapCustomersAdmin(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<AdminOptions>>().Value.IsEnabled)
        {
            return app;
        }

        var group = app.MapGroup("/admin/customers").AddEndpointFilter(NoStore).AddEndpointFilter(RequireApiKey);
        group.MapGet("/{phone}", Export);
        group.MapDelete("/{phone}", Erase);
        return app;
    }

    public static async Task<IResult> Export(string phone, PhoneNumberNormalizer phones, CustomerExporter exporter, CancellationToken ct)
    {
        if (!phones.TryNormalize(phone, out var e164))
        {
            return NotAPhone();
        }

        return await exporter.ExportAsync(e164, ct) is { } export
            ? TypedResults.Ok(export)
            : NotFound();
    }

    public static async Task<IResult> Erase(string phone, PhoneNumberNormalizer phones, ICrmDbContext db, CustomerEraser eraser, CancellationToken ct)
    {
        if (!phones.TryNormalize(phone, out var e164))
        {
            return NotAPhone();
        }

        var customer = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(db.Customers, c => c.Phone == e164, ct);
        if (customer is null)
        {
            return NotFound();
        }

        await eraser.EraseAsync(customer, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static ValueTask<object?> NoStore(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return next(context);
    }

    private static async ValueTask<object?> RequireApiKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var guard = context.HttpContext.RequestServices.GetRequiredService<AdminKeyGuard>();
        switch (guard.Check(context.HttpContext, keyRequired: true))
        {
            case AdminKeyCheck.Valid:
                return await next(context);
            case AdminKeyCheck.LockedOut:
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(guard.RetryAfter(context.HttpContext).TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return TypedResults.Problem("Too many wrong admin keys from this address; try again later.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts");
            default:
                return TypedResults.Problem($"Send the admin API key in {ApiKeyHeader}.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotAPhone() =>
        TypedResults.Problem("That is not a phone number.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid phone number");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound() =>
        TypedResults.Problem("No customer has that phone number.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
