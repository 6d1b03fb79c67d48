using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Insights;

namespace RetailCrm.Bot.Persistence.Insights;

/// <summary>
/// <see cref="IRfmScores"/> in SQL that SQLite (3.25+), PostgreSQL and SQL Server all run as written: EF Core has no
/// LINQ for window functions, so the scores are a raw query that EF wraps as a subquery wherever LINQ composes it
/// (a segment's count, its members, the campaign fan-out's INSERT … SELECT). No CTE, since SQL Server allows none
/// inside a subquery; integer division truncates on all three, which is the floor here (nothing is negative).
/// </summary>
internal sealed class RfmScores(CrmDbContext db) : IRfmScores
{
    // The quintile of each value: 1 + floor(5 × (rank − 1) / n), RANK() giving tied values the same, first, position.
    // COUNT(*) and RANK() are bigint on PostgreSQL and SQL Server; the casts make every score an int everywhere.
    private const string Sql =
        """
        SELECT s."CustomerId", c."CreatedAt" AS "JoinedAt", s."FirstPurchaseAt", s."LastPurchaseAt", s."Purchases", s."Spend",
               CAST(1 + 5 * (RANK() OVER (ORDER BY s."LastPurchaseAt") - 1) / COUNT(*) OVER () AS INTEGER) AS "Recency",
               CAST(1 + 5 * (RANK() OVER (ORDER BY s."Purchases") - 1) / COUNT(*) OVER () AS INTEGER) AS "Frequency",
               CAST(1 + 5 * (RANK() OVER (ORDER BY s."Spend") - 1) / COUNT(*) OVER () AS INTEGER) AS "Monetary"
        FROM (
            SELECT p."CustomerId", MIN(p."PurchasedAt") AS "FirstPurchaseAt", MAX(p."PurchasedAt") AS "LastPurchaseAt",
                   CAST(COUNT(*) AS INTEGER) AS "Purchases", SUM(p."Amount") AS "Spend"
            FROM purchases AS p
            GROUP BY p."CustomerId"
        ) AS s
        INNER JOIN customers AS c ON c."Id" = s."CustomerId"
        """;

    public IQueryable<CustomerRfm> Scores() => db.Database.SqlQueryRaw<CustomerRfm>(Sql);
}
