using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class OutboundMessageConfiguration : IEntityTypeConfiguration<OutboundMessage>
{
    public void Configure(EntityTypeBuilder<OutboundMessage> builder)
    {
        builder.ToTable("outbound_messages");
        builder.Property(m => m.ToPhone).HasMaxLength(Lengths.Phone);
        builder.Property(m => m.Body).HasMaxLength(Lengths.Body);
        builder.Property(m => m.Kind).HasMaxLength(Lengths.Short);
        builder.Property(m => m.IdempotencyKey).HasMaxLength(Lengths.Key);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.Property(m => m.FromAddress).HasMaxLength(Lengths.Sid);
        builder.Property(m => m.ProviderSid).HasMaxLength(Lengths.Sid);
        builder.HasIndex(m => m.ProviderSid);
        builder.Property(m => m.ErrorMessage).HasMaxLength(Lengths.Error);
        builder.HasIndex(m => new { m.Status, m.DueAt });
        builder.HasIndex(m => new { m.Status, m.Purpose, m.DueAt }); // replies are claimed first without reading the backlog
        builder.HasIndex(m => new { m.CustomerId, m.Kind, m.CreatedAt });
        builder.HasIndex(m => m.CampaignId); // a campaign's results read its messages only
        builder.Property(m => m.TemplateValues).HasMaxLength(Lengths.Text);
        builder.Property(m => m.SentVia).HasMaxLength(Lengths.Short);
        builder.Property(m => m.ContentSid).HasMaxLength(Lengths.Sid);
        builder.Property(m => m.ContentVariables).HasMaxLength(Lengths.Text);
        builder.Property(m => m.DelayReason).HasMaxLength(Lengths.Short);
        builder.Property(m => m.SkipReason).HasMaxLength(Lengths.Short);
        builder.Property(m => m.ComposedBy).HasMaxLength(Lengths.Short);
        builder.Property(m => m.CompositionNote).HasMaxLength(Lengths.Short);
        builder.HasOne(m => m.Customer).WithMany().HasForeignKey(m => m.CustomerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<InboundMessage>().WithMany().HasForeignKey(m => m.InboundMessageId).OnDelete(DeleteBehavior.SetNull);
    }
}
