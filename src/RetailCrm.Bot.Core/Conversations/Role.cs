namespace RetailCrm.Bot.Core.Conversations;

/// <summary>Who is writing. Ordered: each role can do everything the one before it can.</summary>
public enum Role
{
    Shopper = 0,
    Staff = 1,
    Owner = 2,
}
