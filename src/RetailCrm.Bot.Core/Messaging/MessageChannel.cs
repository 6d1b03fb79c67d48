namespace RetailCrm.Bot.Core.Messaging;

/// <summary>How a message travels. Replies always go back on the channel the shopper used.</summary>
public enum MessageChannel
{
    Sms,
    WhatsApp,
}
