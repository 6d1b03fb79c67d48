using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Ai;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class AiUsageConfiguration : IEntityTypeConfiguration<AiUsage>
{
    public void Configure(EntityTypeBuilder<AiUsage> builder)
    {
        builder.ToTable("ai_usage");
        builder.Property(u => u.Purpose).HasMaxLength(Lengths.Short);
        builder.HasIndex(u => new { u.Day, u.Purpose }).IsUnique();
    }
}
