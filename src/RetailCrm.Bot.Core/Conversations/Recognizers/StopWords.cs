using System.Collections.Frozen;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// Words that are never part of a product's name: grammar (English and Hinglish), politeness, and the
/// command and question words of every intent. What is left between them is the item being talked about.
/// </summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        // English grammar
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "is", "are", "am", "was", "were", "be", "been",
        "do", "does", "did", "done", "have", "has", "had", "got", "get", "i", "id", "im", "me", "my", "mine", "we", "our",
        "you", "your", "they", "he", "she", "him", "her", "them", "in", "on", "at", "of", "for", "to", "from", "with",
        "by", "about", "and", "or", "but", "if", "so", "any", "some", "one", "all", "only", "also", "just", "still",
        "there", "here", "not", "no", "yes", "ok", "okay", "very", "much", "many", "more", "less", "than", "then", "now",
        "what", "when", "where", "which", "who", "why", "how", "can", "could", "will", "would", "should", "shall",
        "may", "might", "want", "wants", "wanted", "need", "needs", "like", "likes", "looking", "look", "searching",
        "keep", "under", "below", "above", "around", "within", "upto", "up", "off", "out", "again", "please", "thanks",
        "thank", "hi", "hello", "hey", "dear", "sir", "madam", "mam", "maam", "ji", "bhaiya", "bhai", "didi", "team",
        "new", "old", "same", "other", "another", "elsewhere", "anything", "something", "ever", "once", "as", "soon",

        // Hinglish grammar
        "hai", "kya", "ka", "ki", "ke", "ko", "se", "me", "mein", "mai", "main", "pe", "par", "liye", "wala", "wali",
        "wale", "ye", "yeh", "woh", "wo", "aapke", "apke", "aap", "paas", "pass", "tha", "thi", "the", "raha", "rahi",
        "na", "ne", "ab", "abhi", "jab", "to", "toh", "bhi", "aur", "koi", "kuch", "kitna", "kab", "kahan", "kaise",
        "dena", "de", "do", "dijiye", "kar", "karo", "karna", "karni", "kardo", "hona", "hone", "ho", "gaya", "gayi",
        "aa", "aaye", "aaya", "aayi", "aayega", "aaega", "wapas", "bache", "baare", "hoga", "hogi", "sab", "saare",
        "ek", "teen", "char", "paanch", "staff", "employee", "people", "log", "going", "chal", "rahe",
        "send", "sending", "karte", "karta", "karti", "hota", "hoti", "hote",

        // Question and intent words
        "available", "availability", "avail", "stock", "stocks", "instock", "price", "prices", "rate", "cost", "mrp",
        "rs", "inr", "rupees", "rupaye", "amt", "amount", "total", "budget", "qty", "pcs", "size", "waist", "x",
        "show", "dikhao", "milega", "chahiye", "batana", "arrival", "arrive", "arrives", "arrived", "back", "comes",
        "come", "coming", "restock", "notify", "notification", "alert", "tell", "let", "know", "inform", "remind",
        "ping", "set", "message", "cancel", "stop", "delete", "remove", "dont", "nahi", "sold", "sale", "sell",
        "bill", "billed", "bikri", "becha", "bought", "buy", "purchased", "purchase", "kharida", "inquiry", "asked",
        "ask", "puchh", "poocha", "pucha", "followup", "callback", "call", "customer", "received", "naya", "maal",
        "collection", "design", "designs", "options", "option", "range", "color", "shop", "today", "tomorrow",
        "yesterday", "aaj", "kal", "parso", "day", "days", "din", "week", "month", "next", "after", "later", "visit",
        "interested", "enquired", "phonenum", "percent", "discount", "offer", "rupee", "item",
        "items", "product", "products", "piece", "pair", "pairs", "set", "sets", "number", "free",
    ], StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);
}
