using Microsoft.Extensions.Options;
using PhoneNumbers;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Core.Store;

/// <summary>Fails start-up with a clear message instead of misreading numbers or times later.</summary>
public sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        var failures = new List<string>();

        if (!PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(options.DefaultRegion?.ToUpperInvariant() ?? ""))
        {
            failures.Add($"Store:DefaultRegion '{options.DefaultRegion}' is not an ISO 3166 region such as IN or US.");
        }
        else
        {
            var phones = new PhoneNumberNormalizer(options.DefaultRegion!);
            for (var i = 0; i < options.OwnerPhones.Length; i++)
            {
                if (!phones.TryNormalize(options.OwnerPhones[i], out _))
                {
                    failures.Add($"Store:OwnerPhones:{i} is '{options.OwnerPhones[i]}', which is not a phone number: write it with its country code, " +
                                 $"such as {ExampleNumber(options.DefaultRegion!)}, or as dialled in Store:DefaultRegion ({options.DefaultRegion!.ToUpperInvariant()}).");
                }
            }
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
        {
            failures.Add($"Store:TimeZone '{options.TimeZone}' is not an IANA time zone id such as Asia/Kolkata.");
        }

        try
        {
            _ = System.Globalization.CultureInfo.GetCultureInfo(options.Culture ?? "", predefinedOnly: true);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            failures.Add($"Store:Culture '{options.Culture}' is not a culture name such as en-IN.");
        }

        if (StoreHours.Problem(options.OpeningHours) is { } hours)
        {
            failures.Add(hours);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>A mobile number of the region as people write it with its country code (+91 81234 56789).</summary>
    private static string ExampleNumber(string region)
    {
        var util = PhoneNumberUtil.GetInstance();
        var example = util.GetExampleNumberForType(region.ToUpperInvariant(), PhoneNumberType.MOBILE);
        return example is null ? "+91 81234 56789" : util.Format(example, PhoneNumberFormat.INTERNATIONAL);
    }
}
