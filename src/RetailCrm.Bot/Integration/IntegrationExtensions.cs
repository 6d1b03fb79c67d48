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
        app.MapOpenApi();
        app.MapScalarApiReference();
        var api = app.MapGroup("/api/v1")
            .AddEndpointFilter(ApiKeyFilter.RequireKey)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapImportsApi();
        return app;
    }
}
