namespace RetailCrm.Bot.Core.Integration.Imports;

/// <summary>
/// One customer line of an import, checked and normalised. Null means "the file does not say": an existing customer
/// keeps what they have.
/// </summary>
/// <param name="Granted">Marketing consent: true grants, false withdraws, null leaves it as it is.</param>
/// <param name="Origin">Where the store's system says the consent was given or withdrawn ("pos_signup").</param>
/// <param name="At">When it was, in UTC; null means now.</param>
public sealed record CustomerImportRow(int Line, string Phone, string? Name, bool? Granted, string? Origin, DateTime? At);

/// <summary>
/// One product line of an import: a variant, found by its SKU, of the product its name keys to
/// (<see cref="Catalog.ProductKeys"/>). Null price or stock means "the file does not say".
/// </summary>
/// <param name="FirstOfKey">The first line naming its product: the one a new product takes its name and price from.</param>
/// <param name="FirstOfVariant">
/// The first line for its product, colour and size: the one that may adopt a variant staff created by chat, which
/// has no SKU yet, instead of making a second variant beside it.
/// </param>
public sealed record ProductImportRow(
    int Line,
    string Sku,
    string Name,
    string Key,
    decimal? Price,
    string? Color,
    string? Size,
    int? Stock,
    bool FirstOfKey,
    bool FirstOfVariant);

/// <summary>A line the import refused, and why: what the caller fixes in the file.</summary>
public sealed record ImportError(int Line, string Error);

/// <summary>What an import did, counted by line of the file.</summary>
public sealed record ImportCounts(int Created, int Updated, int Unchanged);

/// <summary>The products an import wrote, and the SKUs whose stock rose from nothing while someone was waiting for them.</summary>
public sealed record ProductImportOutcome(ImportCounts Counts, IReadOnlyList<string> RestockedSkus);
