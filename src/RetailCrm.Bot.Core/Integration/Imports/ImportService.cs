using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.StockAlerts;

namespace RetailCrm.Bot.Core.Integration.Imports;

/// <summary>
/// Bulk imports from the store's own systems: the whole file is read and checked first, and only a file without a bad
/// line is written, in one transaction. Waiting shoppers hear about stock that arrived this way as they do when staff
/// log an arrival by chat.
/// </summary>
public sealed partial class ImportService(
    IImportWriter writer,
    PhoneNumberNormalizer phones,
    TimeProvider time,
    ICrmDbContext db,
    StockArrivalAlerts arrivals,
    OutboxSignal outbox,
    ILogger<ImportService> logger)
{
    public async Task<ImportResult> ImportCustomersAsync(Stream body, ImportFormat format, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var batch = await CustomerImportReader.ReadAsync(body, format, phones, time.GetUtcNow(), ct);
        if (batch.Errors.Count > 0)
        {
            LogRefused(logger, "customers", batch.Errors.Count, batch.Rows.Count + batch.Errors.Count);
            return new ImportResult(null, batch.Errors);
        }

        var read = time.GetTimestamp();
        var counts = await OnceMoreIfRacedAsync(() => writer.WriteCustomersAsync(batch.Rows, time.GetUtcNow().UtcDateTime, ct));
        var (readMs, writeMs) = (Ms(started, read), Ms(read, time.GetTimestamp()));
        LogImported(logger, "customers", counts.Created, counts.Updated, counts.Unchanged, readMs, writeMs);
        return new ImportResult(counts, []);
    }

    public async Task<ImportResult> ImportProductsAsync(Stream body, ImportFormat format, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var batch = await ProductImportReader.ReadAsync(body, format, ct);
        if (batch.Errors.Count > 0)
        {
            LogRefused(logger, "products", batch.Errors.Count, batch.Rows.Count + batch.Errors.Count);
            return new ImportResult(null, batch.Errors);
        }

        var read = time.GetTimestamp();
        var outcome = await OnceMoreIfRacedAsync(() => writer.WriteProductsAsync(batch.Rows, time.GetUtcNow().UtcDateTime, ct));
        var (created, updated, unchanged) = outcome.Counts;
        var (readMs, writeMs) = (Ms(started, read), Ms(read, time.GetTimestamp()));
        LogImported(logger, "products", created, updated, unchanged, readMs, writeMs);
        if (outcome.RestockedSkus.Count > 0)
        {
            // Committed: the shoppers are told even if the caller has hung up meanwhile (the sweep job would only be later).
            await AlertAsync(outcome.RestockedSkus, CancellationToken.None);
        }

        return new ImportResult(outcome.Counts, []);
    }

    /// <summary>
    /// The write is one transaction that decides insert or update by what exists when it starts; a customer the bot
    /// creates from a message meanwhile (or a product staff add) makes its insert hit the unique index and the whole
    /// write roll back. Written again, that row is found and updated, so the caller never sees the race.
    /// </summary>
    private static async Task<T> OnceMoreIfRacedAsync<T>(Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (System.Data.Common.DbException)
        {
            return await write();
        }
    }

    /// <summary>
    /// The stock-arrival path, for only the variants whose stock rose from nothing and that someone waits for (the
    /// writer found them with one query), so a 100,000-line import with three restocks does three variants' work.
    /// </summary>
    private async Task AlertAsync(IReadOnlyList<string> skus, CancellationToken ct)
    {
        var alerted = 0;
        foreach (var chunk in skus.Chunk(500))
        {
            var variants = await db.ProductVariants.Include(v => v.Product).Where(v => chunk.Contains(v.Sku!)).ToListAsync(ct);
            foreach (var variant in variants)
            {
                var announced = await arrivals.AnnounceAsync(variant.Product!, variant, ct);
                alerted += announced.Alerted + announced.Nudged;
            }

            await db.SaveChangesAsync(ct);
        }

        LogAlerted(logger, skus.Count, alerted);
        outbox.Notify();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a {Resource} import: {BadLines} bad lines of {Lines}; nothing written")]
    private static partial void LogRefused(ILogger logger, string resource, int badLines, int lines);

    private long Ms(long from, long to) => (long)time.GetElapsedTime(from, to).TotalMilliseconds;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Imported {Resource}: {Created} created, {Updated} updated, {Unchanged} unchanged (read and checked in {ReadMs} ms, written in {WriteMs} ms)")]
    private static partial void LogImported(ILogger logger, string resource, int created, int updated, int unchanged, long readMs, long writeMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported stock for {Variants} awaited variants; {Messages} alerts and nudges queued")]
    private static partial void LogAlerted(ILogger logger, int variants, int messages);
}

/// <summary>An import's answer: what was written, or (nothing written) the lines to fix.</summary>
public sealed record ImportResult(ImportCounts? Counts, IReadOnlyList<ImportError> Errors);
