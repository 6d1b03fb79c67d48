using Microsoft.AspNetCore.Http.HttpResults;
using RetailCrm.Bot.Core.Integration;

namespace RetailCrm.Bot.Integration;

/// <summary><c>/api/v1/orders</c>: sales from the store's own systems, by their order id.</summary>
public static class OrdersApi
{
    public static RouteGroupBuilder MapOrdersApi(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Orders");
        orders.MapPost("", PostOrder)
            .WithName(nameof(PostOrder))
            .WithSummary("Record a sale (201): it earns loyalty points, takes stock, counts in the owner's summary and is followed by the check-in.")
            .WithDescription("Idempotent on externalId: the same order sent again answers 200 with the stored one; "
                             + "the same externalId with different content is refused (409). The total must be the sum of the lines. "
                             + "A SKU not in the catalog is kept on its line (inCatalog: false).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        orders.MapGet("/{externalId}", GetOrder)
            .WithName(nameof(GetOrder))
            .WithSummary("An order by the store system's id: customer, lines, total, time and the points it earned.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<OrderView>, Created<OrderView>, ProblemHttpResult>> PostOrder(OrderPost body, OrderIntake orders, CancellationToken ct) =>
        IntegrationResults.Write(await orders.PlaceAsync(body, ct), o => $"/api/v1/orders/{IntegrationResults.Segment(o.ExternalId)}");

    public static async Task<Results<Ok<OrderView>, ProblemHttpResult>> GetOrder(string externalId, OrderIntake orders, CancellationToken ct) =>
        IntegrationResults.Read(await orders.GetAsync(externalId, ct));
}
