using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Messaging.Inbox;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class InboundMessageConfiguration : IEntityTypeConfiguration<InboundMessage>
{
    public void Configure(EntityTypeBuilder<InboundMessage> builder)
    {
        builder.ToTable("inbound_messages");
        builder.Property(m => m.MessageSid).HasMaxLength(Lengths.Sid);
        builder.HasIndex(m => m.MessageSid).IsUnique();
        builder.Property(m => m.FromPhone).HasMaxLength(Lengths.Phone);
        builder.Property(m => m.To).HasMaxLength(Lengths.Sid);
        builder.Property(m => m.Body).HasMaxLength(Lengths.Body);
        builder.Property(m => m.ProfileName).HasMaxLength(Lengths.Name);
        builder.Property(m => m.OptOutType).HasMaxLength(Lengths.Short);
        builder.Property(m => m.LastError).HasMaxLength(Lengths.Name);
        // The processor's claim query: what is pending or whose lease ran out, oldest first.
        builder.HasIndex(m => new { m.Status, m.LockedUntil });
        builder.HasIndex(m => new { m.FromPhone, m.Status });
    }
}
