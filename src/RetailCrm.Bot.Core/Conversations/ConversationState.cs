namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// What the bot remembers between one message and the next from the same phone (the slot it asked for,
/// the item just discussed). Saved at the end of each turn, like Bot Framework's conversation state.
/// </summary>
public sealed class ConversationState
{
    public long Id { get; set; }

    /// <summary>E.164 of the person; one conversation per phone, whatever the channel.</summary>
    public required string Phone { get; set; }

    /// <summary>The <see cref="DialogState"/> as JSON.</summary>
    public string Data { get; set; } = "{}";

    public DateTime UpdatedAt { get; set; }

    /// <summary>After this the state is forgotten, so an old question never traps anyone.</summary>
    public DateTime ExpiresAt { get; set; }

    /// <summary>Optimistic concurrency: two turns for one phone cannot both win.</summary>
    public int Version { get; set; }
}
