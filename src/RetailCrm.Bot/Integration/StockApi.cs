using Microsoft.AspNetCore.Http.HttpResults;
using RetailCrm.Bot.Core.Integration;

namespace RetailCrm.Bot.Integration;

/// <summary><c>/api/v1/stock/{sku}</c>: how many of a SKU are on the shelf.</summary>
public static class StockApi
{
    public static RouteGroupBuilder MapStockApi(this RouteGroupBuilder api)
    {
        var stock = api.MapGroup("/stock").WithTags("Stock");
        stock.MapGet("/{sku}", GetStock)
            .WithName(nameof(GetStock))
            .WithSummary("The stock level of a SKU.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        stock.MapPut("/{sku}", PutStock)
            .WithName(nameof(PutStock))
            .WithSummary("Set the absolute stock level of a known SKU; a rise alerts the shoppers waiting for it, as a staff stock arrival does.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<StockView>, ProblemHttpResult>> GetStock(string sku, ProductSync products, CancellationToken ct) =>
        IntegrationResults.Read(await products.GetStockAsync(sku, ct));

    public static async Task<Results<Ok<StockView>, ProblemHttpResult>> PutStock(string sku, StockPut body, ProductSync products, CancellationToken ct) =>
        IntegrationResults.Read(await products.PutStockAsync(sku, body, ct));
}
