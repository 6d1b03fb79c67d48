using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using RetailCrm.Bot.Core.Integration.Imports;

namespace RetailCrm.Bot.Integration.Imports;

/// <summary>
/// <c>POST /api/v1/imports/customers</c> and <c>/imports/products</c>: a whole file from the store's system (CSV with a
/// header row, or NDJSON), streamed in, checked line by line, and written all or nothing.
/// </summary>
public static class ImportsApi
{
    /// <summary>
    /// The largest file taken: 100,000 lines are about 10 MB of CSV, so this leaves room for several times that, while
    /// the rest of the app keeps Kestrel's 1 MB (a request to anything else must not cost more).
    /// </summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>How many bad lines a refusal lists (it says how many there are in all).</summary>
    public const int ErrorsListed = 100;

    private static readonly string[] CsvTypes = ["text/csv"];
    private static readonly string[] NdjsonTypes = ["application/x-ndjson", "application/jsonl", "application/ndjson"];

    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        // The routing middleware applies this limit to the request before the endpoint reads a byte of it.
        var imports = api.MapGroup("/imports").WithTags("Imports").WithMetadata(new RequestSizeLimitAttribute(MaxFileBytes));
        imports.MapPost("/customers", ImportCustomers).DescribeImport()
            .WithName(nameof(ImportCustomers))
            .WithSummary("Import customers from a CSV or NDJSON file, all or nothing")
            .WithDescription(
                "Upserts by phone. CSV columns: phone, name, marketingConsent (true/false/empty), consentSource, consentAt. "
                + "NDJSON: one {phone, name, marketingConsent: {granted, source, at}} per line. Empty means \"leave as it is\". "
                + $"A file with bad lines is refused with their line numbers (the first {ErrorsListed}) and nothing is written. "
                + $"At most {MaxFileBytes / (1024 * 1024)} MB.");
        imports.MapPost("/products", ImportProducts).DescribeImport()
            .WithName(nameof(ImportProducts))
            .WithSummary("Import products and stock from a CSV or NDJSON file, all or nothing")
            .WithDescription(
                "Upserts variants by sku, under the product their name keys to. CSV columns: sku, name, price, colour (or color), "
                + "size, stock. NDJSON: one {sku, name, price, colour, size, stock} per line. Empty means \"leave as it is\". "
                + "Shoppers waiting for an item whose stock rises from 0 are alerted. "
                + $"A file with bad lines is refused with their line numbers (the first {ErrorsListed}) and nothing is written. "
                + $"At most {MaxFileBytes / (1024 * 1024)} MB.");
        return api;
    }

    /// <summary>
    /// The request body is described for the OpenAPI document only: <c>.Accepts</c> would also make routing refuse
    /// another Content-Type itself, with a bare 415 and no word of what to send instead.
    /// </summary>
    private static RouteHandlerBuilder DescribeImport(this RouteHandlerBuilder endpoint) => endpoint
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The file: CSV with a header row, or one JSON object a line. UTF-8.",
                Content = CsvTypes.Concat(NdjsonTypes).ToDictionary(
                    type => type, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } }),
            };
            return Task.CompletedTask;
        })
        .Produces<ImportSummary>()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    public static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportCustomers(
        HttpRequest request, ImportService imports, CancellationToken ct) =>
        Format(request) is not { } format
            ? Unsupported(request)
            : Answer(await imports.ImportCustomersAsync(request.Body, format, ct));

    public static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportProducts(
        HttpRequest request, ImportService imports, CancellationToken ct) =>
        Format(request) is not { } format
            ? Unsupported(request)
            : Answer(await imports.ImportProductsAsync(request.Body, format, ct));

    /// <summary>The format by Content-Type; text is read as UTF-8 (a byte order mark is honoured), so another charset is refused.</summary>
    private static ImportFormat? Format(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var media = type.MediaType.Value;
        return CsvTypes.Contains(media, StringComparer.OrdinalIgnoreCase) ? ImportFormat.Csv
            : NdjsonTypes.Contains(media, StringComparer.OrdinalIgnoreCase) ? ImportFormat.Ndjson
            : null;
    }

    private static ProblemHttpResult Unsupported(HttpRequest request) => TypedResults.Problem(
        $"Send the file as text/csv (with a header row) or application/x-ndjson (one JSON object a line), in UTF-8; "
        + $"this was {(string.IsNullOrEmpty(request.ContentType) ? "sent without a Content-Type" : request.ContentType)}.",
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported file type");

    private static Results<Ok<ImportSummary>, ProblemHttpResult> Answer(ImportResult result) => result.Counts is { } counts
        ? TypedResults.Ok(new ImportSummary(counts.Created, counts.Updated, counts.Unchanged))
        : TypedResults.Problem(
            $"{result.Errors.Count} line(s) cannot be imported, so nothing was. Fix them and send the whole file again.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "The file has bad lines",
            extensions: new Dictionary<string, object?>
            {
                ["errorCount"] = result.Errors.Count,
                ["errors"] = result.Errors.Take(ErrorsListed).Select(e => new { line = e.Line, error = e.Error }).ToList(),
            });
}

/// <summary>What an import did, by line: new records, records changed, and lines that matched what was there.</summary>
public sealed record ImportSummary(int Created, int Updated, int Unchanged);
