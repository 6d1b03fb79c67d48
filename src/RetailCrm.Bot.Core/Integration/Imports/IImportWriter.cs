namespace RetailCrm.Bot.Core.Integration.Imports;

/// <summary>
/// Writes checked import rows in one transaction, set-based: the rows go into a staging table in bulk and a few
/// statements insert, update and audit them all (statements EF Core cannot express, one set per provider). Either every
/// row is written or, on an error or cancellation, none.
/// </summary>
public interface IImportWriter
{
    /// <summary>Upserts by phone; a marketing consent that changes writes one <see cref="Messaging.Consent.ConsentEvent"/>.</summary>
    Task<ImportCounts> WriteCustomersAsync(IReadOnlyList<CustomerImportRow> rows, DateTime now, CancellationToken ct);

    /// <summary>Creates the products named for the first time, then upserts the variants by SKU.</summary>
    Task<ProductImportOutcome> WriteProductsAsync(IReadOnlyList<ProductImportRow> rows, DateTime now, CancellationToken ct);
}
