using System.Globalization;
using Microsoft.Extensions.Options;

namespace RetailCrm.Bot.Core.Store;

/// <summary>Money and dates the way the store's customers write them (en-IN: ₹2,499, ₹1,23,456).</summary>
public sealed class StoreFormat(IOptions<StoreOptions> options)
{
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(options.Value.Culture);

    public CultureInfo Culture => _culture;

    /// <summary>Whole amounts without decimals (₹2,499), others to the paisa (₹999.50).</summary>
    public string Money(decimal amount)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        return rounded == Math.Truncate(rounded) ? rounded.ToString("C0", _culture) : rounded.ToString("C2", _culture);
    }

    public string Date(DateOnly date) => date.ToString("ddd d MMM", _culture);

    public string Number(int value) => value.ToString("N0", _culture);

    /// <summary>"10 am", "9:30 pm": how a shop writes its hours (the same in every language the bot answers in).</summary>
    public static string Time(TimeOnly time) =>
        (time.Minute == 0 ? time.ToString("h tt", CultureInfo.InvariantCulture) : time.ToString("h:mm tt", CultureInfo.InvariantCulture)).ToLowerInvariant();
}
