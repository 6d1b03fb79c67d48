using System.ComponentModel.DataAnnotations;

namespace RetailCrm.Bot.Core.Privacy;

/// <summary>The <c>Privacy</c> section: how long message contents and lapsed customers' details are kept.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// Messages older than this are deleted, and customers with no activity for this long are anonymized
    /// (their sales stay in the numbers, without a name or number).
    /// </summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 365;
}
