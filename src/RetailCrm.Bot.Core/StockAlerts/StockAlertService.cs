using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.StockAlerts;

/// <summary>Back-in-stock alerts: a shopper asks to be told, stock arrives, the alert goes out on their channel.</summary>
public sealed class StockAlertService(
    ICrmDbContext db,
    CatalogService catalog,
    ProductMatcher matcher,
    ProactiveMessages proactive,
    StoreClock clock)
{
    public const string Kind = "stock_alert";

    /// <summary>
    /// Starts watching an item for the customer; asking twice for the same item keeps one alert. The alert is kept
    /// by the catalog product's key when the words name one, else by the shopper's own words, which every arrival
    /// is matched against the same forgiving way (<see cref="ProductMatcher"/>).
    /// </summary>
    public async Task<(StockAlert Alert, bool AlreadyWaiting)> RequestAsync(
        Customer customer, string productText, string? color, string? size, MessageChannel channel, CancellationToken ct)
    {
        color = ProductKeys.NormalizeColor(color) ?? ProductKeys.ColorIn(productText);
        size = ProductKeys.NormalizeSize(size);
        var product = (await catalog.FindAsync(productText, color, size, ct)).Product;
        var key = product?.Key ?? ProductKeys.Key(productText, color, size);

        var existing = customer.Id == 0 ? null : await db.StockAlerts.FirstOrDefaultAsync(
            a => a.CustomerId == customer.Id && a.ProductKey == key && a.Color == color && a.Size == size && a.Status == StockAlertStatus.Waiting, ct);
        if (existing is not null)
        {
            existing.Channel = channel;
            return (existing, true);
        }

        var alert = new StockAlert
        {
            Customer = customer,
            ProductKey = key,
            ProductName = ProductKeys.Describe(product?.Name ?? ProductKeys.Name(productText, color, size), color, size),
            Color = color,
            Size = size,
            Channel = channel,
            CreatedAt = clock.UtcNow,
        };
        db.StockAlerts.Add(alert);
        return (alert, false);
    }

    /// <summary>
    /// Cancels the customer's alerts, for one item or all of them, and returns what was cancelled. Cancel means cancel:
    /// an alert already queued but not yet sent (held for the morning) is not sent, and the "the item you asked about
    /// has arrived" nudge for the same item will not come either.
    /// </summary>
    public async Task<IReadOnlyList<StockAlert>> CancelAsync(Customer customer, string? productText, CancellationToken ct)
    {
        var alerts = await db.StockAlerts
            .Where(a => a.CustomerId == customer.Id && (a.Status == StockAlertStatus.Waiting || a.Status == StockAlertStatus.Notified))
            .ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(productText))
        {
            var key = ProductKeys.Key(productText);
            alerts = alerts.Where(a => a.ProductKey == key || matcher.Fits(key, a.ProductKey) || matcher.Fits(a.ProductKey, key)).ToList();
        }

        var queued = await PendingAsync(customer.Id, alerts.Select(a => $"{Kind}:{a.Id}"), ct);
        var cancelled = alerts.Where(a => a.Status == StockAlertStatus.Waiting || queued.ContainsKey($"{Kind}:{a.Id}")).ToList();
        foreach (var alert in cancelled)
        {
            alert.Status = StockAlertStatus.Cancelled;
            alert.CancelledAt = clock.UtcNow;
        }

        // The item they named counts too: someone who never set an alert but asked about it still means "don't".
        var items = cancelled.Select(a => a.ProductKey).ToHashSet(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(productText))
        {
            items.Add(ProductKeys.Key(productText));
        }

        await StopNudgesAsync(customer.Id, items, ct);
        Skip(queued.Values);
        return cancelled;
    }

    /// <summary>Open inquiries about the cancelled items are marked as nudged, so no nudge is queued, and queued nudges are skipped.</summary>
    private async Task StopNudgesAsync(int customerId, HashSet<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var inquiries = (await db.Inquiries
                .Where(i => i.CustomerId == customerId && i.Status == Inquiries.InquiryStatus.Open && i.ProductKey != null)
                .ToListAsync(ct))
            .Where(i => keys.Any(k => k == i.ProductKey || matcher.Fits(k, i.ProductKey!)))
            .ToList();
        foreach (var inquiry in inquiries.Where(i => i.NudgedAt is null))
        {
            inquiry.NudgedAt = clock.UtcNow;
        }

        Skip((await PendingAsync(customerId, inquiries.Select(i => $"{Inquiries.InquiryNudges.Kind}:{i.Id}"), ct)).Values);
    }

    private async Task<Dictionary<string, OutboundMessage>> PendingAsync(int customerId, IEnumerable<string> keys, CancellationToken ct)
    {
        var wanted = keys.ToList();
        return wanted.Count == 0
            ? []
            : await db.OutboundMessages
                .Where(m => m.CustomerId == customerId && m.Status == OutboundStatus.Pending && wanted.Contains(m.IdempotencyKey!))
                .ToDictionaryAsync(m => m.IdempotencyKey!, ct);
    }

    private void Skip(IEnumerable<OutboundMessage> messages)
    {
        foreach (var message in messages)
        {
            message.Status = OutboundStatus.Skipped;
            message.SkipReason = "cancelled_by_customer";
            message.StatusUpdatedAt = clock.UtcNow;
        }
    }

    /// <summary>
    /// Stock of a variant arrived: queue an alert for everyone waiting for it (any colour/size they did not
    /// specify matches), on the channel they asked on. The idempotency key makes a second arrival or a re-run
    /// queue nothing twice; the sending policy still decides when (and whether) it goes out.
    /// </summary>
    public async Task<int> NotifyWaitingAsync(Product product, ProductVariant variant, CancellationToken ct)
    {
        await AttachAsync(product, ct);
        var waiting = await db.StockAlerts
            .Include(a => a.Customer)
            .Where(a => a.ProductKey == product.Key && a.Status == StockAlertStatus.Waiting)
            .Where(a => a.Color == null || a.Color == variant.Color)
            .Where(a => a.Size == null || a.Size == variant.Size)
            .ToListAsync(ct);

        foreach (var alert in waiting)
        {
            await proactive.QueueAsync(
                alert.Customer!,
                Kind,
                MessagePurpose.Transactional,
                $"{Kind}:{alert.Id}",
                new Dictionary<string, string> { ["item"] = alert.ProductName },
                ct,
                alert.Channel);
            alert.Status = StockAlertStatus.Notified;
            alert.NotifiedAt = clock.UtcNow;
        }

        return waiting.Count;
    }

    /// <summary>
    /// Alerts asked for in the shopper's own words before the catalog had the item ("nike shoes") join the product
    /// that has arrived when the words fit it ("Nike Pegasus"), so they are alerted with everyone else.
    /// </summary>
    private async Task AttachAsync(Product product, CancellationToken ct)
    {
        var productKeys = db.Products.Select(p => p.Key);
        var loose = await db.StockAlerts
            .Where(a => a.Status == StockAlertStatus.Waiting && a.ProductKey != product.Key && !productKeys.Contains(a.ProductKey))
            .ToListAsync(ct);
        foreach (var alert in loose.Where(a => matcher.Fits(a.ProductKey, product.Key)))
        {
            alert.ProductKey = product.Key;
        }

        // Tracked alerts not yet saved are seen by the query below only once they are.
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The sweep: waiting alerts whose item is on the shelf now (stock that arrived some other way, or a missed run).</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var keys = await db.StockAlerts.Where(a => a.Status == StockAlertStatus.Waiting).Select(a => a.ProductKey).Distinct().ToListAsync(ct);
        var notified = 0;
        foreach (var key in keys)
        {
            var product = await db.Products.Include(p => p.Variants).SingleOrDefaultAsync(p => p.Key == key, ct);
            foreach (var variant in product?.Variants.Where(v => v.StockQuantity > 0) ?? [])
            {
                notified += await NotifyWaitingAsync(product!, variant, ct);
            }
        }

        return notified;
    }
}
