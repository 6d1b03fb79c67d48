using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Notes;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class CustomerNoteConfiguration : IEntityTypeConfiguration<CustomerNote>
{
    public void Configure(EntityTypeBuilder<CustomerNote> builder)
    {
        builder.ToTable("customer_notes");
        builder.Property(n => n.Text).HasMaxLength(Lengths.Text);
        builder.Property(n => n.AuthorPhone).HasMaxLength(Lengths.Phone);
        builder.HasOne(n => n.Customer).WithMany().HasForeignKey(n => n.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
