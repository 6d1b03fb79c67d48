using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.Complaints;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Feedback;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Notes;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.Core.StockAlerts;

namespace RetailCrm.Bot.Persistence;

/// <summary>
/// The CRM database. One model for every provider; each provider has a thin subclass so that its
/// migrations live in their own folder (see <see cref="Providers"/>).
/// </summary>
/// <remarks>
/// Every model change adds a migration for all three providers in the same commit (the tool is pinned in
/// .config/dotnet-tools.json; run <c>dotnet tool restore</c> once):
/// <code>
/// dotnet ef migrations add NAME --project src/RetailCrm.Bot.Persistence --startup-project src/RetailCrm.Bot.Persistence --context SqliteCrmDbContext --output-dir Migrations/Sqlite
/// dotnet ef migrations add NAME --project src/RetailCrm.Bot.Persistence --startup-project src/RetailCrm.Bot.Persistence --context SqlServerCrmDbContext --output-dir Migrations/SqlServer
/// dotnet ef migrations add NAME --project src/RetailCrm.Bot.Persistence --startup-project src/RetailCrm.Bot.Persistence --context PostgresCrmDbContext --output-dir Migrations/PostgreSql
/// </code>
/// A test fails while any provider's migrations lag behind the model.
/// </remarks>
public abstract class CrmDbContext(DbContextOptions options) : DbContext(options), ICrmDbContext
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<InboundMessage> InboundMessages => Set<InboundMessage>();

    public DbSet<OutboundMessage> OutboundMessages => Set<OutboundMessage>();

    public DbSet<ConsentEvent> ConsentEvents => Set<ConsentEvent>();

    public DbSet<ConversationState> ConversationStates => Set<ConversationState>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductVariant> ProductVariants => Set<ProductVariant>();

    public DbSet<StockAlert> StockAlerts => Set<StockAlert>();

    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    public DbSet<Purchase> Purchases => Set<Purchase>();

    public DbSet<CustomerNote> CustomerNotes => Set<CustomerNote>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<FeedbackEntry> Feedback => Set<FeedbackEntry>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Core.Ai.AiUsage> AiUsage => Set<Core.Ai.AiUsage>();

    public DbSet<PurchaseLine> PurchaseLines => Set<PurchaseLine>();

    public DbSet<Core.Integration.ApiKey> ApiKeys => Set<Core.Integration.ApiKey>();

    public DbSet<Core.Messaging.Media.MediaFile> MediaFiles => Set<Core.Messaging.Media.MediaFile>();

    public DbSet<Core.Messaging.Policy.SendPace> SendPacing => Set<Core.Messaging.Policy.SendPace>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => ConfigureSharedConventions(configurationBuilder);

    protected static void ConfigureSharedConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC. SQLite forgets DateTimeKind and PostgreSQL insists on it, so say it once here.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();

        // Enums are stored as words: readable in any SQL client, and safe when a member is added.
        configurationBuilder.Properties<MessageChannel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<InboxStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OutboundStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MessagePurpose>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ConsentChange>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<ConsentSource>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<StockAlertStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<InquiryStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<InquirySource>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ComplaintStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ComplaintSource>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CampaignStatus>().HaveConversion<string>().HaveMaxLength(24);

        // Money: exact to the paisa on servers.
        configurationBuilder.Properties<decimal>().HavePrecision(14, 2);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        toProvider => toProvider.Kind == DateTimeKind.Utc ? toProvider : DateTime.SpecifyKind(toProvider.ToUniversalTime(), DateTimeKind.Utc),
        fromProvider => DateTime.SpecifyKind(fromProvider, DateTimeKind.Utc));
}
