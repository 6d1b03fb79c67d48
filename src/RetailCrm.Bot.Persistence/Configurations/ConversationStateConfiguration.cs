using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RetailCrm.Bot.Core.Conversations;

namespace RetailCrm.Bot.Persistence.Configurations;

internal sealed class ConversationStateConfiguration : IEntityTypeConfiguration<ConversationState>
{
    public void Configure(EntityTypeBuilder<ConversationState> builder)
    {
        builder.ToTable("conversation_states");
        builder.Property(s => s.Phone).HasMaxLength(Lengths.Phone);
        builder.HasIndex(s => s.Phone).IsUnique();
        builder.Property(s => s.Data).HasMaxLength(Lengths.Body);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
