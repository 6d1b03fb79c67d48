using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Messaging.Media;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.ToTable("media_files");
        builder.Property(m => m.ContentType).HasMaxLength(Lengths.Short);
        builder.HasIndex(m => m.ExpiresAt); // expired files are deleted by age
    }
}
