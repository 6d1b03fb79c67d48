namespace RetailCrm.Bot.Core.Messaging.Inbox;

public enum InboxStatus
{
    Pending,
    Processing,
    Processed,
    Failed,
}
