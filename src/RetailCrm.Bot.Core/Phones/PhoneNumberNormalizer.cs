using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using PhoneNumbers;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Phones;

/// <summary>
/// Turns every way a number is written ("98765 43210", "09876543210", "+91-98765-43210",
/// "whatsapp:+919876543210") into one E.164 key, so one person is one customer. Strict about what a number
/// is made of: libphonenumber on its own reads the digits out of "messenger:9876543210" and drops the
/// letter from "+91 98765 4321O", which turned a non-phone sender or a typo into someone else's number.
/// </summary>
public sealed class PhoneNumberNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private readonly string _defaultRegion;

    public PhoneNumberNormalizer(IOptions<StoreOptions> options) : this(options.Value.DefaultRegion) { }

    public PhoneNumberNormalizer(string defaultRegion) => _defaultRegion = defaultRegion.ToUpperInvariant();

    public bool TryNormalize(string? input, [NotNullWhen(true)] out string? e164)
    {
        e164 = null;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 64)
        {
            return false;
        }

        var text = StripScheme(input.Trim());
        if (!IsWrittenLikeAPhoneNumber(text))
        {
            return false;
        }

        try
        {
            var number = Util.Parse(text, _defaultRegion);
            // A number Twilio hands us with an explicit "+" has been dialled already, so a possible
            // length is enough; a number someone typed without one must be a valid number in the region.
            var explicitCountry = text.TrimStart().StartsWith('+');
            var acceptable = Util.IsValidNumber(number) || (explicitCountry && Util.IsPossibleNumber(number));
            if (!acceptable)
            {
                return false;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    public string? Normalize(string? input) => TryNormalize(input, out var e164) ? e164 : null;

    /// <summary>"+91 98765 43210": how a number is shown to staff, readable and still dialable.</summary>
    public static string Display(string e164)
    {
        try
        {
            return Util.Format(Util.Parse(e164, null), PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }

    /// <summary>
    /// Digits (any script's), spaces, dashes, dots, brackets and slashes, with at most one "+" before the first
    /// digit. A letter, "@", ":" or "#" means it is something else: a typo, an e-mail, an address of another kind.
    /// </summary>
    private static bool IsWrittenLikeAPhoneNumber(string text)
    {
        var digits = 0;
        var plus = false;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c == '+')
            {
                if (plus || digits > 0)
                {
                    return false;
                }

                plus = true;
            }
            else if (!(char.IsWhiteSpace(c) || c is '(' or ')' or '.' or '/' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.DashPunctuation))
            {
                return false;
            }
        }

        return digits > 0;
    }

    private static string StripScheme(string value)
    {
        foreach (var scheme in (ReadOnlySpan<string>)["whatsapp:", "sms:", "tel:"])
        {
            if (value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return value[scheme.Length..];
            }
        }

        return value;
    }
}
