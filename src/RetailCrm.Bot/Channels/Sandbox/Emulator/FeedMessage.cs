namespace RetailCrm.Bot.Channels.Sandbox.Emulator;

/// <summary>One message the sandbox channel sent, as the emulator page shows it.</summary>
/// <param name="Id">Unique within this run of the app, in the order sent (the SSE event id).</param>
/// <param name="To">The recipient, E.164.</param>
/// <param name="ToDisplay">The recipient as people write it ("+91 98765 43210").</param>
/// <param name="Channel">"WhatsApp" or "SMS".</param>
/// <param name="Kind">What the message is: reply, stock_alert, staff_welcome, offer…</param>
/// <param name="Body">The text that went out (for a template, its body with the variables filled in).</param>
/// <param name="SentAt">When the channel sent it.</param>
/// <param name="Template">Set when it went out as an approved WhatsApp template, as WhatsApp shows it.</param>
/// <param name="Chart">The file the chart sent with it was saved to, when one was.</param>
public sealed record FeedMessage(
    long Id,
    string To,
    string ToDisplay,
    string Channel,
    string Kind,
    string Body,
    DateTimeOffset SentAt,
    FeedTemplate? Template,
    string? Chart = null);

/// <param name="Name">The template's friendly name (retailcrm_stock_alert).</param>
/// <param name="ContentSid">The approved template's SID (HX...).</param>
/// <param name="Category">utility or marketing.</param>
/// <param name="Buttons">Its quick replies and call-to-action buttons, in order; none for a text-only template.</param>
public sealed record FeedTemplate(string Name, string ContentSid, string Category, IReadOnlyList<FeedButton> Buttons);

/// <param name="Title">What the button says.</param>
/// <param name="Type">quick_reply (tapping it sends the title back), url or phone_number.</param>
public sealed record FeedButton(string Title, string Type);
