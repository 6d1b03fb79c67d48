namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// Slot names as the recognizer fills them. Values are strings in a canonical form: phone E.164, amount
/// invariant decimal ("1299", "999.5"), quantity/rating/complaint_id integers, date ISO yyyy-MM-dd in store
/// time, period one of today/yesterday/week/month, measure one of customers/repeat_rate/average_bill/customer_value/
/// cohorts, campaign the words that name an owner's offer ("diwali").
/// </summary>
public static class Slots
{
    public const string Phone = "phone";
    public const string Product = "product";
    public const string Size = "size";
    public const string Color = "color";
    public const string Amount = "amount";
    public const string Quantity = "quantity";
    public const string Rating = "rating";
    public const string Period = "period";
    public const string Segment = "segment";
    public const string Date = "date";
    public const string Name = "name";
    public const string ComplaintId = "complaint_id";
    public const string Text = "text";
    public const string Measure = "measure";
    public const string Campaign = "campaign";
}
