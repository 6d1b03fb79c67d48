using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Messaging.Policy;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class SendPaceConfiguration : IEntityTypeConfiguration<SendPace>
{
    public void Configure(EntityTypeBuilder<SendPace> builder)
    {
        builder.ToTable("send_pacing");
        builder.HasKey(p => p.Channel);
        builder.Property(p => p.Channel).ValueGeneratedNever();
    }
}
