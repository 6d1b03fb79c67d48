using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Integration;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.Property(k => k.Name).HasMaxLength(Lengths.Short);
        builder.HasIndex(k => k.Name).IsUnique();
        builder.Property(k => k.KeyHash).HasMaxLength(Lengths.Sid);
        builder.HasIndex(k => k.KeyHash).IsUnique(); // every request finds its key by hash
        builder.Property(k => k.Prefix).HasMaxLength(Lengths.Short);
    }
}
