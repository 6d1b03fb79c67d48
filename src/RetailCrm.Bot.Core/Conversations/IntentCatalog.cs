namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// The role gate: the lowest role that may use each intent. A recognizer never returns an intent above
/// the sender's role, and the engine checks again before any handler runs.
/// </summary>
public static class IntentCatalog
{
    private static readonly Dictionary<string, Role> MinimumRole = new(StringComparer.Ordinal)
    {
        [Intents.Greeting] = Role.Shopper,
        [Intents.Help] = Role.Shopper,
        [Intents.ProductInquiry] = Role.Shopper,
        [Intents.StockAlertRequest] = Role.Shopper,
        [Intents.StockAlertCancel] = Role.Shopper,
        [Intents.LoyaltyBalance] = Role.Shopper,
        [Intents.PurchaseHistory] = Role.Shopper,
        [Intents.StoreInfo] = Role.Shopper,
        [Intents.HumanHandoff] = Role.Shopper,
        [Intents.Complaint] = Role.Shopper,
        [Intents.FeedbackRating] = Role.Shopper,
        [Intents.OptOut] = Role.Shopper,
        [Intents.OptIn] = Role.Shopper,
        [Intents.Unknown] = Role.Shopper,

        [Intents.LogInquiry] = Role.Staff,
        [Intents.LogSale] = Role.Staff,
        [Intents.StockArrival] = Role.Staff,
        [Intents.CustomerLookup] = Role.Staff,
        [Intents.AddNote] = Role.Staff,
        [Intents.LogComplaint] = Role.Staff,
        [Intents.ResolveComplaint] = Role.Staff,
        [Intents.MyFollowups] = Role.Staff,
        [Intents.DailySummary] = Role.Staff,
        [Intents.StaffReply] = Role.Staff,

        [Intents.TopCustomers] = Role.Owner,
        [Intents.InactiveCustomers] = Role.Owner,
        [Intents.SendOffer] = Role.Owner,
        [Intents.AddStaff] = Role.Owner,
        [Intents.RemoveStaff] = Role.Owner,
    };

    /// <summary>Shopper intents that make no sense for staff writing from the shop floor.</summary>
    private static readonly HashSet<string> ShopperOnly = new(StringComparer.Ordinal)
    {
        Intents.LoyaltyBalance, Intents.PurchaseHistory, Intents.HumanHandoff, Intents.Complaint, Intents.FeedbackRating,
        Intents.StockAlertRequest, Intents.StockAlertCancel,
    };

    public static IReadOnlyCollection<string> All => MinimumRole.Keys;

    public static bool IsKnown(string intent) => MinimumRole.ContainsKey(intent);

    public static bool IsAllowed(string intent, Role role) =>
        MinimumRole.TryGetValue(intent, out var minimum)
        && role >= minimum
        && !(role != Role.Shopper && ShopperOnly.Contains(intent));

    public static IEnumerable<string> AllowedFor(Role role) => MinimumRole.Keys.Where(i => IsAllowed(i, role));
}
