namespace RetailCrm.Bot.Core.Manifests;

/// <summary>
/// The kinds of proactive message the bot sends. Each needs an approved WhatsApp template, because outside the
/// 24-hour window WhatsApp accepts nothing else; the loader refuses a manifest folder that lacks one.
/// </summary>
public static class TemplateKinds
{
    public const string StockAlert = "stock_alert";
    public const string InquiryNudge = "inquiry_nudge";
    public const string Checkin = "checkin";
    public const string Reengagement = "reengagement";
    public const string Offer = "offer";
    public const string TeamAlert = "team_alert";
    public const string DailySummary = "daily_summary";

    public static IReadOnlyList<string> Required { get; } =
        [StockAlert, InquiryNudge, Checkin, Reengagement, Offer, TeamAlert, DailySummary];
}

/// <summary>WhatsApp's template categories, as written in the manifests. Marketing ones need marketing consent.</summary>
public static class TemplateCategories
{
    public const string Utility = "utility";
    public const string Marketing = "marketing";
}
