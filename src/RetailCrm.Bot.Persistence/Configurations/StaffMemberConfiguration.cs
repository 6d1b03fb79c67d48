using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Staff;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff");
        builder.Property(s => s.Phone).HasMaxLength(Lengths.Phone);
        builder.HasIndex(s => s.Phone).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(Lengths.Name);
    }
}
