using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging.Consent;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class ConsentEventConfiguration : IEntityTypeConfiguration<ConsentEvent>
{
    public void Configure(EntityTypeBuilder<ConsentEvent> builder)
    {
        builder.ToTable("consent_events");
        builder.Property(e => e.Phone).HasMaxLength(Lengths.Phone);
        builder.Property(e => e.Keyword).HasMaxLength(Lengths.Short);
        builder.Property(e => e.Origin).HasMaxLength(Lengths.Name);
        builder.HasIndex(e => new { e.Phone, e.OccurredAt });
        builder.HasOne(e => e.Customer).WithMany().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
