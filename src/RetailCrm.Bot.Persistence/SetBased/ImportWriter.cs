using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using RetailCrm.Bot.Core.Integration.Imports;

namespace RetailCrm.Bot.Persistence.SetBased;

/// <summary><see cref="IImportWriter"/>: each import in one transaction on the request's connection.</summary>
internal sealed class ImportWriter(CrmDbContext db) : IImportWriter
{
    public Task<ImportCounts> WriteCustomersAsync(IReadOnlyList<CustomerImportRow> rows, DateTime now, CancellationToken ct) => rows.Count == 0
        ? Task.FromResult(new ImportCounts(0, 0, 0))
        : InTransactionAsync((dialect, connection, transaction) => CustomerImportWriter.WriteAsync(dialect, connection, transaction, rows, now, ct), ct);

    public Task<ProductImportOutcome> WriteProductsAsync(IReadOnlyList<ProductImportRow> rows, DateTime now, CancellationToken ct) => rows.Count == 0
        ? Task.FromResult(new ProductImportOutcome(new ImportCounts(0, 0, 0), []))
        : InTransactionAsync((dialect, connection, transaction) => ProductImportWriter.WriteAsync(dialect, connection, transaction, rows, now, ct), ct);

    private Task<T> InTransactionAsync<T>(Func<ImportDialect, DbConnection, DbTransaction, Task<T>> write, CancellationToken ct) =>
        // SQL Server retries transient failures, which it may only do for the whole transaction: the strategy runs it again.
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await db.Database.OpenConnectionAsync(token);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var result = await write(ImportDialect.For(db), db.Database.GetDbConnection(), transaction.GetDbTransaction());
                await transaction.CommitAsync(token);
                return result;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, ct);
}
