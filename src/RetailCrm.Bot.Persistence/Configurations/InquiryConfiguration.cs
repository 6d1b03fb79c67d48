using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Inquiries;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.ToTable("inquiries");
        builder.Property(i => i.ProductKey).HasMaxLength(Lengths.Name);
        builder.Property(i => i.Description).HasMaxLength(Lengths.Text);
        builder.Property(i => i.Color).HasMaxLength(Lengths.Short);
        builder.Property(i => i.Size).HasMaxLength(Lengths.Short);
        builder.HasIndex(i => new { i.Status, i.FollowUpOn });
        builder.HasIndex(i => i.CreatedAt);
        builder.HasOne(i => i.Customer).WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
