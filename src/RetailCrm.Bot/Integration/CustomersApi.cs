using Microsoft.AspNetCore.Http.HttpResults;
using RetailCrm.Bot.Core.Integration;

namespace RetailCrm.Bot.Integration;

/// <summary><c>/api/v1/customers/{phone}</c>: a shopper by phone number, in any spelling of it.</summary>
public static class CustomersApi
{
    public static RouteGroupBuilder MapCustomersApi(this RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");
        customers.MapGet("/{phone}", GetCustomer)
            .WithName(nameof(GetCustomer))
            .WithSummary("A customer by phone number: name, loyalty points, consent to offers, whether they opted out (STOP).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapPut("/{phone}", PutCustomer)
            .WithName(nameof(PutCustomer))
            .WithSummary("Create or update a customer (201 or 200): name, and consent to offers with where and when it was given or withdrawn.")
            .WithDescription("A field left out is left as stored. Consent is recorded only when it changes. "
                             + "Consent to offers is refused (409) for a customer who sent STOP: only they can opt back in, by sending START.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Ok<CustomerView>, ProblemHttpResult>> GetCustomer(string phone, CustomerSync customers, CancellationToken ct) =>
        IntegrationResults.Read(await customers.GetAsync(phone, ct));

    public static async Task<Results<Ok<CustomerView>, Created<CustomerView>, ProblemHttpResult>> PutCustomer(
        string phone, CustomerPut body, CustomerSync customers, CancellationToken ct) =>
        IntegrationResults.Write(await customers.PutAsync(phone, body, ct), c => $"/api/v1/customers/{IntegrationResults.Segment(c.Phone)}");
}
