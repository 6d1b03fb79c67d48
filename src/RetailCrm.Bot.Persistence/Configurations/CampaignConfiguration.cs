using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Campaigns;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns");
        builder.Property(c => c.Segment).HasMaxLength(Lengths.Short);
        builder.Property(c => c.Text).HasMaxLength(Lengths.Text);
        builder.Property(c => c.CreatedBy).HasMaxLength(Lengths.Phone);
    }
}
