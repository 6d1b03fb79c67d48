using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Complaints;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Feedback;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Notes;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.Core.StockAlerts;

namespace RetailCrm.Bot.Core.Data;

/// <summary>
/// The CRM's tables as the Core sees them. The DbContext, its mappings and the per-provider migrations
/// live in RetailCrm.Bot.Persistence; the Core only needs the sets and one SaveChanges per turn, which is
/// what makes "change the data and queue the reply" a single transaction.
/// </summary>
public interface ICrmDbContext
{
    DbSet<Customer> Customers { get; }

    DbSet<StaffMember> Staff { get; }

    DbSet<InboundMessage> InboundMessages { get; }

    DbSet<OutboundMessage> OutboundMessages { get; }

    DbSet<ConsentEvent> ConsentEvents { get; }

    DbSet<ConversationState> ConversationStates { get; }

    DbSet<Product> Products { get; }

    DbSet<ProductVariant> ProductVariants { get; }

    DbSet<StockAlert> StockAlerts { get; }

    DbSet<Inquiry> Inquiries { get; }

    DbSet<Purchase> Purchases { get; }

    DbSet<CustomerNote> CustomerNotes { get; }

    DbSet<Complaint> Complaints { get; }

    DbSet<FeedbackEntry> Feedback { get; }

    DbSet<Campaign> Campaigns { get; }

    DbSet<Ai.AiUsage> AiUsage { get; }

    DbSet<PurchaseLine> PurchaseLines { get; }

    DbSet<Integration.ApiKey> ApiKeys { get; }

    DbSet<Messaging.Media.MediaFile> MediaFiles { get; }

    DatabaseFacade Database { get; }

    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
