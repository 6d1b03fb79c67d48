using Microsoft.OpenApi;
using RetailCrm.Bot.Core.Integration;
using RetailCrm.Bot.Core.Integration.Imports;
using RetailCrm.Bot.Integration.Imports;
using RetailCrm.Bot.Persistence.SetBased;
using Scalar.AspNetCore;

namespace RetailCrm.Bot.Integration;

/// <summary>
/// The integration API the store's own systems (POS, web shop, inventory) call: <c>/api/v1</c>, described at
/// <c>/openapi/v1.json</c> with a reference page at <c>/scalar/v1</c>.
/// </summary>
public static class IntegrationExtensions
{
    public const string DocumentName = "v1";

    public static WebApplicationBuilder AddIntegration(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ApiKeyStore>();
        builder.Services.AddScoped<IntegrationWrite>();
        builder.Services.AddScoped<CustomerSync>();
        builder.Services.AddScoped<ProductSync>();
        builder.Services.AddScoped<OrderIntake>();
        builder.Services.AddScoped<ImportService>().AddImportWrites();
        builder.Services.AddProblemDetails();
        // Minimal APIs answer an unreadable body with a bare 400 outside Development; thrown instead, it reaches
        // ClientErrorsMiddleware and becomes a problem detail that says what was wrong.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(DocumentName, openApi =>
        {
            openApi.ShouldInclude = endpoint => endpoint.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "RetailCrm.Bot integration API",
                    Version = DocumentName,
                    Description = "Customers, products, stock and orders from the store's own systems. Every call carries X-Api-Key.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [ApiKeyFilter.Header] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey,
                        In = ParameterLocation.Header,
                        Name = ApiKeyFilter.Header,
                        Description = "Created with: api-keys create NAME [--read-only]",
                    },
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyFilter.Header, document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>The <c>/api/v1</c> group, behind <see cref="ApiKeyFilter"/>, and its description.</summary>
    public static WebApplication MapIntegrationApi(this WebApplication app)
    {
        // A route or method the API does not have (404, 405) is answered with a problem detail too, not an empty body.
        app.UseWhen(http => http.Request.Path.StartsWithSegments(ApiPath), branch => branch.UseStatusCodePages());
        app.UseWhen(http => http.Request.Path.StartsWithSegments(ScalarPath), branch => branch.Use(ScalarPagePolicy));
        app.MapOpenApi();
        // The page's own script is served by this app and its inline start-up script carries a fresh nonce, so the
        // page runs under a policy that lets nothing else run; fonts come from the browser, not a CDN.
        app.MapScalarApiReference(scalar => scalar.WithNonce().DisableDefaultFonts());
        var api = app.MapGroup(ApiPath)
            .AddEndpointFilter(ApiKeyFilter.RequireKey)
            .AddEndpointFilter(NoStore)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapCustomersApi();
        api.MapProductsApi();
        api.MapStockApi();
        api.MapOrdersApi();
        api.MapImportsApi();
        return app;
    }

    public const string ApiPath = "/api/v1";

    public const string ScalarPath = "/scalar";

    /// <summary>
    /// The reference page's policy: its scripts from here, the inline one by its nonce, styles inline (the page's
    /// components set them), and requests only to this app (the document, and "try it"). Framing stays forbidden.
    /// </summary>
    public static string ScalarContentSecurityPolicy(string nonce) =>
        $"default-src 'none'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static Task ScalarPagePolicy(HttpContext http, RequestDelegate next)
    {
        // Runs before SecurityHeadersMiddleware's own callback (they run last-registered first), which keeps a policy set here.
        http.Response.OnStarting(() =>
        {
            if (http.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
            {
                http.Response.Headers.ContentSecurityPolicy = ScalarContentSecurityPolicy(nonce);
            }

            return Task.CompletedTask;
        });
        return next(http);
    }

    /// <summary>Answers carry customers' data: no cache or proxy keeps a copy.</summary>
    private static async ValueTask<object?> NoStore(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }
}
