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

    /// <summary>The last item talked about, so "it" and "that one" mean something.</summary>
    public string? LastProduct { get; set; }

    public string? LastColor { get; set; }

    public string? LastSize { get; set; }

    public void ClearPending()
    {
        PendingIntent = null;
        PendingSlot = null;
        Slots = [];
    }
}
