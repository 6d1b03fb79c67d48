using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Folds the spellings people actually type (typos, SMS shorthand, Roman-script Hindi) onto one word, so
/// each rule lists a meaning once instead of every way of writing it.
/// </summary>
internal static partial class CanonicalWords
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Commands and reports
        ["summery"] = "summary", ["sumary"] = "summary", ["summry"] = "summary", ["sumery"] = "summary", ["summay"] = "summary",
        ["hisab"] = "hisaab", ["hishab"] = "hisaab", ["hissab"] = "hisaab", ["hisaab"] = "hisaab",
        ["enquiry"] = "inquiry", ["enquire"] = "inquiry", ["inquire"] = "inquiry", ["inq"] = "inquiry", ["enq"] = "inquiry",
        ["inquery"] = "inquiry", ["enquery"] = "inquiry", ["inquiries"] = "inquiry", ["enquiries"] = "inquiry",
        ["followups"] = "followup", ["folowup"] = "followup", ["folowups"] = "followup",
        ["complain"] = "complaint", ["complaints"] = "complaint", ["complant"] = "complaint", ["compliant"] = "complaint",
        ["shikayt"] = "shikayat", ["shikaayat"] = "shikayat", ["shikayaat"] = "shikayat",
        ["customers"] = "customer", ["custmer"] = "customer", ["coustomer"] = "customer", ["cust"] = "customer",
        ["custmers"] = "customer", ["costumer"] = "customer", ["costumers"] = "customer",
        ["clients"] = "client", ["buyers"] = "buyer", ["spenders"] = "spender",
        ["staffs"] = "staff", ["employees"] = "employee",
        ["replay"] = "reply", ["rply"] = "reply", ["repl"] = "reply",
        ["callbacks"] = "callback", ["restocked"] = "restock", ["restocking"] = "restock", ["arrivals"] = "arrival",
        ["recieved"] = "received", ["recived"] = "received",
        ["bikree"] = "bikri", ["bechi"] = "becha", ["beche"] = "becha",
        ["offers"] = "offer", ["offr"] = "offer",
        ["alerts"] = "alert", ["allert"] = "alert", ["alrt"] = "alert",
        ["notifiy"] = "notify", ["notfy"] = "notify", ["nofity"] = "notify", ["notifi"] = "notify", ["notif"] = "notify",
        ["notifying"] = "notify", ["notified"] = "notify", ["notifications"] = "notification", ["notificaton"] = "notification",
        ["pionts"] = "points", ["ponits"] = "points", ["pts"] = "points", ["poins"] = "points", ["piont"] = "points",
        ["point"] = "points", ["pnts"] = "points", ["poits"] = "points",
        ["quantity"] = "qty", ["qnty"] = "qty", ["qnt"] = "qty",
        ["pc"] = "pcs", ["piece"] = "pcs", ["pieces"] = "pcs", ["nos"] = "pcs", ["units"] = "pcs", ["unit"] = "pcs",
        ["sz"] = "size", ["sise"] = "size", ["sizes"] = "size",
        ["timing"] = "timings", ["timmings"] = "timings", ["hours"] = "timings", ["hrs"] = "timings",
        ["adress"] = "address", ["addres"] = "address", ["addr"] = "address",
        ["dukaan"] = "shop", ["dukan"] = "shop", ["store"] = "shop", ["showroom"] = "shop", ["outlet"] = "shop",

        // SMS shorthand
        ["pls"] = "please", ["plz"] = "please", ["plss"] = "please", ["plzz"] = "please", ["pleas"] = "please",
        ["u"] = "you", ["whos"] = "who is", ["ur"] = "your", ["wat"] = "what", ["wht"] = "what", ["whats"] = "what is", ["wats"] = "what is",
        ["donot"] = "dont", ["dnt"] = "dont", ["didnt"] = "did not", ["hasnt"] = "has not", ["havent"] = "have not",
        ["msg"] = "message", ["msgs"] = "message", ["messages"] = "message", ["mesage"] = "message", ["messeges"] = "message",
        ["messaging"] = "message", ["sms"] = "message", ["texts"] = "message",
        ["watsapp"] = "whatsapp", ["whatapp"] = "whatsapp", ["whatsap"] = "whatsapp",
        ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["tomorow"] = "tomorrow", ["tommorow"] = "tomorrow",
        ["tommorrow"] = "tomorrow", ["tomrw"] = "tomorrow",
        ["tdy"] = "today", ["todays"] = "today", ["yday"] = "yesterday", ["yesterdays"] = "yesterday", ["yest"] = "yesterday", ["ystrdy"] = "yesterday",
        ["gud"] = "good", ["mrng"] = "morning", ["mng"] = "morning",

        // Roman-script Hindi
        ["hain"] = "hai", ["kia"] = "kya", ["kyaa"] = "kya", ["kitne"] = "kitna", ["kitni"] = "kitna",
        ["mere"] = "my", ["mera"] = "my", ["meri"] = "my", ["mujhe"] = "me", ["muje"] = "me", ["mujhko"] = "me",
        ["batao"] = "batana", ["bata"] = "batana", ["bataana"] = "batana", ["bataiye"] = "batana", ["batado"] = "batana",
        ["btana"] = "batana", ["btao"] = "batana",
        ["chaiye"] = "chahiye", ["chahie"] = "chahiye", ["chahye"] = "chahiye", ["chaahiye"] = "chahiye",
        ["milegi"] = "milega", ["milenge"] = "milega", ["milta"] = "milega", ["milti"] = "milega",
        ["dikhaao"] = "dikhao", ["dikhado"] = "dikhao", ["dikhaiye"] = "dikhao", ["dikha"] = "dikhao",
        ["kaha"] = "kahan", ["kidhar"] = "kahan",
        ["khulta"] = "khula", ["khulti"] = "khula", ["khuli"] = "khula", ["khulega"] = "khula", ["khulegi"] = "khula",
        ["paise"] = "paisa", ["pese"] = "paisa",
        ["nahin"] = "nahi", ["nhi"] = "nahi", ["nai"] = "nahi",
        ["insan"] = "insaan", ["kro"] = "karo", ["krna"] = "karna", ["thik"] = "theek", ["thk"] = "theek",
        ["lal"] = "red", ["neela"] = "blue", ["nila"] = "blue", ["kala"] = "black", ["kaala"] = "black", ["kaali"] = "black",
        ["safed"] = "white", ["safaid"] = "white", ["hara"] = "green", ["peela"] = "yellow", ["pila"] = "yellow",
        ["peeli"] = "yellow", ["gulabi"] = "pink", ["bhura"] = "brown", ["gray"] = "grey",
        ["colour"] = "color", ["colours"] = "color", ["colors"] = "color",

        // Products: singular, one spelling, so "2 kurtas" and "kurtha" find the same item
        ["kurtha"] = "kurta", ["kurtaa"] = "kurta", ["kurtas"] = "kurta", ["kurthas"] = "kurta",
        ["kurtis"] = "kurti", ["kurties"] = "kurti",
        ["sari"] = "saree", ["saari"] = "saree", ["sarees"] = "saree", ["saris"] = "saree", ["sarree"] = "saree",
        ["shirts"] = "shirt", ["tshirts"] = "tshirt", ["tees"] = "tshirt", ["tops"] = "top", ["jackets"] = "jacket",
        ["lehengas"] = "lehenga", ["lehnga"] = "lehenga", ["lehanga"] = "lehenga", ["lengha"] = "lehenga",
        ["dupattas"] = "dupatta", ["duppata"] = "dupatta", ["belts"] = "belt", ["blazers"] = "blazer",
        ["dresses"] = "dress", ["bags"] = "bag", ["sherwanis"] = "sherwani", ["suits"] = "suit", ["watches"] = "watch",
        ["skirts"] = "skirt", ["gowns"] = "gown", ["caps"] = "cap", ["blouses"] = "blouse", ["coats"] = "coat",
        ["sweaters"] = "sweater", ["hoodies"] = "hoodie", ["scarves"] = "scarf", ["stoles"] = "stole", ["shawls"] = "shawl",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Fold(string word)
    {
        if (Words.TryGetValue(word, out var folded))
        {
            return folded;
        }

        // A plural of a known item is that item ("uniforms", "blazers"); "jeans" and "shoes" are items as written.
        if (word.Length > 3 && word[^1] == 's' && !ProductWords.IsItem(word) && ProductWords.IsItem(word[..^1]))
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>Phrases that are one idea but two words ("follow up", "t shirt", "opt out").</summary>
    public static string FoldPhrases(string text)
    {
        text = FollowUp().Replace(text, "followup");
        text = LookUp().Replace(text, "lookup");
        text = CallBack().Replace(text, "callback");
        text = OptOut().Replace(text, "optout");
        text = OptIn().Replace(text, "optin");
        text = TShirt().Replace(text, "tshirt");
        return ReStock().Replace(text, "restock");
    }

    [GeneratedRegex(@"\bfollow ?ups?\b")]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"\blook up\b")]
    private static partial Regex LookUp();

    [GeneratedRegex(@"\bcall back\b")]
    private static partial Regex CallBack();

    [GeneratedRegex(@"\bopt out\b")]
    private static partial Regex OptOut();

    [GeneratedRegex(@"\bopt in\b")]
    private static partial Regex OptIn();

    [GeneratedRegex(@"\bt shirts?\b")]
    private static partial Regex TShirt();

    [GeneratedRegex(@"\bre stock(ed)?\b")]
    private static partial Regex ReStock();
}
