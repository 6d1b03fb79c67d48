using System.ComponentModel.DataAnnotations;

namespace RetailCrm.Bot.Core.Messaging.Media;

/// <summary>
/// The Core's part of the <c>Media</c> section: how long a picture the bot sends (a chart) can be fetched. The host
/// reads the rest of the section (how links are signed, where the sandbox saves pictures).
/// </summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>
    /// How long after a chart is made its link works and its row is kept. Twilio fetches the picture as it sends, so a
    /// day covers a reply that waits for retries; from a minute to 7 days.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Media:UrlLifetime must be a duration from 00:01:00 to 7.00:00:00, such as 1.00:00:00.")]
    public TimeSpan UrlLifetime { get; set; } = TimeSpan.FromDays(1);
}
