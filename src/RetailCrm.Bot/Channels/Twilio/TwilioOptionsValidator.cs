using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace RetailCrm.Bot.Channels.Twilio;

/// <summary>Half a Twilio configuration fails start-up with a sentence that says what is missing.</summary>
public sealed partial class TwilioOptionsValidator : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var failures = new List<string>();
        var hasSid = !string.IsNullOrWhiteSpace(options.AccountSid);
        var hasToken = !string.IsNullOrWhiteSpace(options.AuthToken);

        if (hasSid != hasToken)
        {
            failures.Add("Twilio:AccountSid and Twilio:AuthToken go together: set both to use Twilio, or neither for sandbox mode.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKeySid) != string.IsNullOrWhiteSpace(options.ApiKeySecret))
        {
            failures.Add("Twilio:ApiKeySid and Twilio:ApiKeySecret go together.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Twilio:ApiBaseUrl '{options.ApiBaseUrl}' is not an http(s) URL.");
        }

        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl) && !Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out _))
        {
            failures.Add($"Twilio:PublicBaseUrl '{options.PublicBaseUrl}' is not an absolute URL such as https://bot.example.com.");
        }

        if (!string.IsNullOrWhiteSpace(options.SmsFrom) && !E164().IsMatch(options.SmsFrom))
        {
            failures.Add($"Twilio:SmsFrom '{options.SmsFrom}' must be an E.164 number such as +14155550100.");
        }

        if (!string.IsNullOrWhiteSpace(options.WhatsAppFrom)
            && !(options.WhatsAppFrom.StartsWith("whatsapp:", StringComparison.Ordinal) && E164().IsMatch(options.WhatsAppFrom[9..])))
        {
            failures.Add($"Twilio:WhatsAppFrom '{options.WhatsAppFrom}' must look like whatsapp:+14155550100.");
        }

        if (options.IsConfigured
            && string.IsNullOrWhiteSpace(options.SmsFrom)
            && string.IsNullOrWhiteSpace(options.WhatsAppFrom)
            && string.IsNullOrWhiteSpace(options.MessagingServiceSid))
        {
            failures.Add("Twilio is configured but has nothing to send from: set Twilio:SmsFrom, Twilio:WhatsAppFrom or Twilio:MessagingServiceSid.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
