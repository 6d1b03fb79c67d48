using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Customers;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers");
        builder.Property(c => c.Phone).HasMaxLength(Lengths.Phone);
        builder.HasIndex(c => c.Phone).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(Lengths.Name);
        builder.Property(c => c.WhatsAppProfileName).HasMaxLength(Lengths.Name);
        builder.Ignore(c => c.IsOptedOut);
        builder.Ignore(c => c.DisplayName);
    }
}
