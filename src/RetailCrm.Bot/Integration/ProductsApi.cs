using Microsoft.AspNetCore.Http.HttpResults;
using RetailCrm.Bot.Core.Integration;

namespace RetailCrm.Bot.Integration;

/// <summary><c>/api/v1/products/{sku}</c>: one colour and size of a product, by the store's SKU.</summary>
public static class ProductsApi
{
    public static RouteGroupBuilder MapProductsApi(this RouteGroupBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Products");
        products.MapGet("/{sku}", GetProduct)
            .WithName(nameof(GetProduct))
            .WithSummary("A SKU: its product's name, colour, size, price and stock.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        products.MapPut("/{sku}", PutProduct)
            .WithName(nameof(PutProduct))
            .WithSummary("Create or update a SKU (201 or 200): name, price, colour, size and, optionally, the absolute stock level.")
            .WithDescription("The product is found by its name the way the bot finds it, so staff's messages and the store's system share it. "
                             + "A stock level above the stored one is an arrival: shoppers waiting for it are alerted.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    public static async Task<Results<Ok<ProductView>, ProblemHttpResult>> GetProduct(string sku, ProductSync products, CancellationToken ct) =>
        IntegrationResults.Read(await products.GetAsync(sku, ct));

    public static async Task<Results<Ok<ProductView>, Created<ProductView>, ProblemHttpResult>> PutProduct(
        string sku, ProductPut body, ProductSync products, CancellationToken ct) =>
        IntegrationResults.Write(await products.PutAsync(sku, body, ct), p => $"/api/v1/products/{IntegrationResults.Segment(p.Sku)}");
}
