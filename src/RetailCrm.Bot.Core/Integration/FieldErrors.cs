using System.Globalization;
using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Core.Integration;

/// <summary>
/// The checks every integration request shares, collected rather than thrown, so one answer names every field at
/// fault (a developer fixes their mapping once, not once per field). Keys are JSON paths ("lines[1].quantity").
/// </summary>
public sealed class FieldErrors
{
    /// <summary>Money columns keep two decimals; a larger amount than this is a mistake, not a sale.</summary>
    public const decimal MaxMoney = 999_999_999.99m;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> All => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Text that must be there: trimmed, and no longer than its column. Null when it is missing or too long.</summary>
    public string? Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
            return null;
        }

        return Optional(field, value, maxLength);
    }

    /// <summary>Text that may be left out (null); when sent, it may not be blank or longer than its column.</summary>
    public string? Optional(string field, string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            Add(field, "must not be blank; leave it out instead.");
            return null;
        }

        if (trimmed.Length > maxLength || trimmed.Any(char.IsControl))
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"must be at most {maxLength} characters, without control characters."));
            return null;
        }

        return trimmed;
    }

    /// <summary>An amount of money: not negative, at most two decimals (the columns keep two), not absurdly large.</summary>
    public decimal? Money(string field, decimal? value, bool required)
    {
        if (value is not { } amount)
        {
            if (required)
            {
                Add(field, "is required.");
            }

            return null;
        }

        if (amount < 0 || amount > MaxMoney)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"must be between 0 and {MaxMoney}."));
            return null;
        }

        if (decimal.Round(amount, 2) != amount)
        {
            Add(field, "must have at most two decimals.");
            return null;
        }

        return amount;
    }

    /// <summary>A count of items: a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? Count(string field, int? value, int min, int max, bool required)
    {
        if (value is not { } count)
        {
            if (required)
            {
                Add(field, "is required.");
            }

            return null;
        }

        if (count < min || count > max)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"must be from {min} to {max}."));
            return null;
        }

        return count;
    }

    /// <summary>A time something happened: required, and not in the future (beyond a few minutes of clock skew between systems).</summary>
    public DateTime? Past(string field, DateTimeOffset? value, DateTime utcNow)
    {
        if (value is not { } at)
        {
            Add(field, "is required (ISO 8601 with an offset, e.g. 2026-11-20T10:00:00Z).");
            return null;
        }

        if (at.UtcDateTime > utcNow + Skew)
        {
            Add(field, "is in the future.");
            return null;
        }

        return at.UtcDateTime;
    }

    /// <summary>A phone number, required, as the bot keeps it (E.164); null when it is missing or not a phone number.</summary>
    public string? Phone(string field, string? value, PhoneNumberNormalizer phones)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
            return null;
        }

        if (!phones.TryNormalize(value, out var e164))
        {
            Add(field, "is not a phone number (E.164 such as +919876543210, or a number of the store's country).");
            return null;
        }

        return e164;
    }

    /// <summary>A SKU in a body or a path, as <see cref="Skus.Normalize"/> keeps it.</summary>
    public string? Sku(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
            return null;
        }

        var sku = Skus.Normalize(value);
        if (sku is null)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"must be 1 to {Skus.MaxLength} characters without spaces or control characters."));
        }

        return sku;
    }

    /// <summary>How far ahead of this server's clock a calling system's clock may be.</summary>
    public static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);
}
