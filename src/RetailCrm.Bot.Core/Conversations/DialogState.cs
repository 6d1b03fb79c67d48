namespace RetailCrm.Bot.Core.Conversations;

/// <summary>The per-conversation memory, serialized into <see cref="ConversationState.Data"/>.</summary>
public sealed class DialogState
{
    /// <summary>An intent that is waiting for the person to supply a slot (or a yes/no).</summary>
    public string? PendingIntent { get; set; }

    /// <summary>The slot the bot just asked for.</summary>
    public string? PendingSlot { get; set; }

    /// <summary>Slots gathered so far for <see cref="PendingIntent"/>.</summary>
    public Dictionary<string, string> Slots { get; set; } = [];

    /// <summary>The numbered meanings of a clarifying question ("1. … or 2. …?"), best first.</summary>
    public List<string> Choices { get; set; } = [];

    /// <summary>The message the clarifying question was about; its slots are read once the meaning is known.</summary>
    public string? ChoiceText { get; set; }

    /// <summary>The last item talked about, so "it" and "that one" mean something.</summary>
    public string? LastProduct { get; set; }

    public string? LastColor { get; set; }

    public string? LastSize { get; set; }

    /// <summary>The language of the conversation, for messages with no words ("👍", "2").</summary>
    public ReplyLanguage Language { get; set; }

    public void ClearPending()
    {
        PendingIntent = null;
        PendingSlot = null;
        Slots = [];
        Choices = [];
        ChoiceText = null;
    }
}
