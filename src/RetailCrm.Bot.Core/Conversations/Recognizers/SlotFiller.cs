namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Reads the slots each intent needs, in an order that settles conflicts: marked values (Rs, qty, size)
/// before bare numbers, and the product last, from whatever no other slot has taken.
/// </summary>
internal static class SlotFiller
{
    public static Dictionary<string, string> Fill(string intent, Utterance u, DateOnly today)
    {
        var work = new SlotWork(u.Lower, u.Lexicon);
        switch (intent)
        {
            case Intents.ProductInquiry or Intents.StockAlertRequest or Intents.StockAlertCancel:
                SizeExtractor.Extract(work);
                SizeExtractor.AfterItem(work);
                Product(u, work);
                break;

            case Intents.OfferInquiry or Intents.ReturnRequest:
                Product(u, work);
                break;

            case Intents.LogInquiry:
                Phone(u, work);
                DateExtractor.Extract(work, today);
                SizeExtractor.Extract(work);
                SizeExtractor.AfterItem(work);
                AmountExtractor.FromCurrency(work);
                Product(u, work);
                work.Set(Slots.Text, FreeTextExtractor.AfterPhone(u));
                break;

            case Intents.LogSale:
                Phone(u, work);
                AmountExtractor.FromCurrency(work);
                QuantityExtractor.FromMarkers(work);
                SizeExtractor.Extract(work);
                QuantityExtractor.BeforeItem(work, max: 20);
                AmountExtractor.FromPriceWords(work);
                AmountExtractor.FromLargestNumber(work);
                Product(u, work);
                break;

            case Intents.StockArrival:
                // A price said with the arrival ("x 4 rs 4999", "4999 each") is the catalog's price, never the count.
                AmountExtractor.FromCurrency(work);
                AmountExtractor.FromPriceWords(work);
                QuantityExtractor.FromMarkers(work);
                SizeExtractor.Extract(work);
                QuantityExtractor.BeforeItem(work, max: 999);
                QuantityExtractor.Trailing(work);
                Product(u, work);
                break;

            case Intents.CustomerLookup:
                Phone(u, work);
                break;

            case Intents.AddNote or Intents.LogComplaint or Intents.StaffReply:
                Phone(u, work);
                work.Set(Slots.Text, FreeTextExtractor.AfterPhone(u));
                break;

            case Intents.Complaint:
                work.Set(Slots.Text, FreeTextExtractor.Whole(u));
                break;

            case Intents.ResolveComplaint:
                work.Set(Slots.ComplaintId, ComplaintIdExtractor.Find(u.Lower));
                break;

            case Intents.FeedbackRating:
                work.Set(Slots.Rating, RatingExtractor.Find(u.Lower));
                break;

            case Intents.MyFollowups or Intents.StoreInfo:
                DateExtractor.Extract(work, today);
                break;

            case Intents.DailySummary:
                work.Set(Slots.Period, PeriodExtractor.Find(u.Canon));
                break;

            case Intents.TopCustomers:
                QuantityExtractor.AfterTop(work);
                work.Set(Slots.Period, PeriodExtractor.Find(u.Canon));
                break;

            case Intents.SendOffer:
                OfferExtractor.Extract(u, work);
                break;

            case Intents.SegmentReport:
                work.Set(Slots.Segment, ReportExtractor.Segment(u.Canon));
                break;

            case Intents.CampaignReport:
                work.Set(Slots.Campaign, ReportExtractor.CampaignName(u.Canon));
                break;

            case Intents.CustomerStats:
                work.Set(Slots.Measure, ReportExtractor.Measure(u.Canon));
                work.Set(Slots.Period, PeriodExtractor.Find(u.Canon));
                break;

            case Intents.AddStaff or Intents.RemoveStaff:
                Phone(u, work);
                work.Set(Slots.Name, StaffNameExtractor.Find(u));
                break;
        }

        return work.Slots;
    }

    private static void Phone(Utterance u, SlotWork work)
    {
        if (u.HasPhone)
        {
            work.Set(Slots.Phone, u.Phones[0].E164);
        }
    }

    private static void Product(Utterance u, SlotWork work)
    {
        work.Set(Slots.Product, ProductExtractor.Find(work.Text, u.Lexicon));
        work.Set(Slots.Color, ProductExtractor.Color(u));
    }
}
