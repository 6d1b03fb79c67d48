namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// The closed set of intent names. External tools (and the <c>understand</c> command) use these strings; what each
/// intent is (role, slots, HELP, handler) is declared once, by its handler's <see cref="IntentDefinition"/>.
/// </summary>
public static class Intents
{
    // Shopper (everyone)
    public const string Greeting = "greeting";
    public const string Help = "help";
    public const string ProductInquiry = "product_inquiry";
    public const string StockAlertRequest = "stock_alert_request";
    public const string StockAlertCancel = "stock_alert_cancel";
    public const string LoyaltyBalance = "loyalty_balance";
    public const string PurchaseHistory = "purchase_history";
    public const string StoreInfo = "store_info";
    public const string HumanHandoff = "human_handoff";
    public const string Complaint = "complaint";
    public const string FeedbackRating = "feedback_rating";
    public const string OptOut = "opt_out";
    public const string OptIn = "opt_in";
    public const string Unknown = "unknown";
    public const string SmallTalk = "small_talk";
    public const string OfferInquiry = "offer_inquiry";
    public const string ReturnRequest = "return_request";

    // Staff (and owners)
    public const string LogInquiry = "log_inquiry";
    public const string LogSale = "log_sale";
    public const string StockArrival = "stock_arrival";
    public const string CustomerLookup = "customer_lookup";
    public const string AddNote = "add_note";
    public const string LogComplaint = "log_complaint";
    public const string ResolveComplaint = "resolve_complaint";
    public const string MyFollowups = "my_followups";
    public const string DailySummary = "daily_summary";
    public const string StaffReply = "staff_reply";

    // Owners only
    public const string TopCustomers = "top_customers";
    public const string InactiveCustomers = "inactive_customers";
    public const string SendOffer = "send_offer";
    public const string AddStaff = "add_staff";
    public const string RemoveStaff = "remove_staff";
    public const string StaffList = "staff_list";
    public const string SegmentReport = "segment_report";
    public const string CampaignReport = "campaign_report";
    public const string CustomerStats = "customer_stats";
}
