using System.Data.Common;
using RetailCrm.Bot.Core.Integration.Imports;
using RetailCrm.Bot.Core.Messaging.Consent;

namespace RetailCrm.Bot.Persistence.SetBased;

/// <summary>
/// Customers by phone, set-based: staged, then one statement each to count, audit consent, update and insert. A
/// marketing consent is written down (a <see cref="ConsentEvent"/> with the store system's origin) only where it
/// changes, so importing the same file again adds nothing.
/// </summary>
internal static class CustomerImportWriter
{
    private static readonly StagingColumn<CustomerImportRow>[] Columns =
    [
        new("line", StagingType.Int, r => r.Line),
        new("phone", StagingType.Text, r => r.Phone),
        new("name", StagingType.Text, r => r.Name),
        // 1 grants, 0 withdraws, NULL leaves consent as it is: an integer every provider compares the same way.
        new("granted", StagingType.Int, r => r.Granted is { } granted ? granted ? 1 : 0 : null),
        new("origin", StagingType.Text, r => r.Origin),
        new("at", StagingType.Timestamp, r => r.At),
        new("customer_id", StagingType.Int, _ => null),
        new("changed", StagingType.Int, _ => null),
        new("consent_changed", StagingType.Int, _ => null),
    ];

    /// <summary>The consent a line changes: granted where there was none, or withdrawn where there was.</summary>
    private const string ConsentChanges =
        """((s.granted = 1 AND c."MarketingConsentAt" IS NULL) OR (s.granted = 0 AND c."MarketingConsentAt" IS NOT NULL))""";

    private const string Changes = $"""((s.name IS NOT NULL AND (c."Name" IS NULL OR c."Name" <> s.name)) OR {ConsentChanges})""";

    public static async Task<ImportCounts> WriteAsync(
        ImportDialect dialect, DbConnection connection, DbTransaction transaction, IReadOnlyList<CustomerImportRow> rows, DateTime now, CancellationToken ct)
    {
        var s = dialect.Staging("import_customers");
        await ImportStaging.LoadAsync(dialect, connection, transaction, s, Columns, rows, ct);
        Task<int> Run(string sql) => ImportSql.ExecuteAsync(connection, transaction, sql, ct, now);

        // What each line changes, judged against the customer as they are before anything is written.
        await Run(dialect.UpdateFrom(
            s, "s",
            $"""customer_id = c."Id", changed = CASE WHEN {Changes} THEN 1 ELSE 0 END, consent_changed = CASE WHEN {ConsentChanges} THEN 1 ELSE 0 END""",
            "customers AS c", """c."Phone" = s.phone"""));
        var counts = await ImportSql.CountsAsync(
            connection, transaction, $"SELECT SUM(CASE WHEN customer_id IS NULL THEN 1 ELSE 0 END), SUM(changed) FROM {s}", ct);

        await Run(dialect.UpdateFrom(
            "customers", "c",
            """
            "Name" = COALESCE(s.name, c."Name"),
            "MarketingConsentAt" = CASE WHEN s.granted = 1 THEN COALESCE(c."MarketingConsentAt", s.at, @now)
                                        WHEN s.granted = 0 THEN NULL ELSE c."MarketingConsentAt" END
            """,
            $"{s} AS s", """c."Id" = s.customer_id""", "s.changed = 1"));
        await Run($"""
            INSERT INTO customers ("Phone", "Name", "CreatedAt", "MarketingConsentAt", "LoyaltyPoints")
            SELECT s.phone, s.name, @now, CASE WHEN s.granted = 1 THEN COALESCE(s.at, @now) END, 0
            FROM {s} AS s WHERE s.customer_id IS NULL
            """);
        // A new customer's consent is an event when granted; withdrawing what they never gave is none.
        await Run($"""
            INSERT INTO consent_events ("CustomerId", "Phone", "Change", "Source", "Origin", "OccurredAt")
            SELECT c."Id", c."Phone",
                   CASE WHEN s.granted = 1 THEN '{nameof(ConsentChange.MarketingOptIn)}' ELSE '{nameof(ConsentChange.MarketingOptOut)}' END,
                   '{nameof(ConsentSource.Api)}', s.origin, COALESCE(s.at, @now)
            FROM {s} AS s JOIN customers AS c ON c."Phone" = s.phone
            WHERE s.consent_changed = 1 OR (s.customer_id IS NULL AND s.granted = 1)
            """);
        await Run($"DROP TABLE {s}");
        return new ImportCounts(counts[0], counts[1], rows.Count - counts[0] - counts[1]);
    }
}
