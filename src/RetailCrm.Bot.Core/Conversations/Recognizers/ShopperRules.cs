using System.Text.RegularExpressions;

namespace RetailCrm.Bot.Core.Conversations.Recognizers;

/// <summary>
/// The one shopper message shaped like a command: a score. "4/5", "5 stars", "⭐⭐⭐⭐", "rating: 4" or a lone "4" answers the
/// check-in's "reply 1-5"; everything else a shopper writes is free text, which the model reads.
/// </summary>
internal static partial class ShopperRules
{
    public static readonly IntentRule[] All =
    [
        new(Intents.FeedbackRating, u => Score().IsMatch(u.Lower) || OnlyStars().IsMatch(u.Lower)),
    ];

    [GeneratedRegex(@"^\W*[1-5]\W*$|(?<![\d.])[1-5]\s*(?:/|out of)\s*5\b|(?<![\d.])[1-5]\s*(?:stars?|\*)(?!\w)|^\W*(?:rating|rate|rated)\W*[1-5]\W*$")]
    private static partial Regex Score();

    // Star emoji were turned into the word "star" by normalization; a message of nothing else is a rating.
    [GeneratedRegex(@"^(?:\s*star\s*){1,5}[\s!.]*$")]
    private static partial Regex OnlyStars();
}
