using RetailCrm.Bot.Core.Phones;

namespace RetailCrm.Bot.Core.Integration.Imports;

/// <summary>
/// Reads a customer import and checks every line: a phone that normalises (the same E.164 key every channel resolves
/// to), named once in the file; a name and a consent origin that fit their columns; consent given with a yes or no.
/// </summary>
public static class CustomerImportReader
{
    /// <summary>The longest name, and consent origin, the database keeps.</summary>
    public const int MaxText = 120;

    /// <summary>Clocks differ a little between the store's systems and this one; more than this ahead is a mistake.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(10);

    public static Task<ImportBatch<CustomerImportRow>> ReadAsync(
        Stream body, ImportFormat format, PhoneNumberNormalizer phones, DateTimeOffset now, CancellationToken ct)
    {
        var lines = format == ImportFormat.Csv
            ? CsvLines.ReadAsync(body, CustomerInput.CsvColumns, ["phone"], ct)
            : NdjsonLines.ReadAsync(body, ImportJson.Default.CustomerInput, ct);
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var latest = now + ClockSkew;
        return ImportChecks.ReadAsync(lines, (int line, CustomerInput input, out CustomerImportRow? row) =>
        {
            row = null;
            if (!phones.TryNormalize(input.Phone, out var phone))
            {
                return input.Phone is null ? "phone is missing." : $"phone \"{Shown(input.Phone)}\" is not a phone number.";
            }

            if (!firstLineOf.TryAdd(phone, line))
            {
                return $"phone {PhoneMask.Mask(phone)} is on line {firstLineOf[phone]} already.";
            }

            var name = ImportChecks.OneLine(input.Name);
            var consent = input.MarketingConsent;
            var origin = ImportChecks.Given(consent?.Source);
            var error = name?.Length > MaxText ? $"name is longer than {MaxText} characters."
                : origin?.Length > MaxText ? $"consentSource is longer than {MaxText} characters."
                : consent is { Granted: null } && (origin is not null || consent.At is not null) ? "consentSource and consentAt need marketingConsent (true or false)."
                : consent?.At > latest ? "consentAt is in the future."
                : null;
            if (error is null)
            {
                row = new CustomerImportRow(line, phone, name, consent?.Granted, origin, consent?.At?.UtcDateTime);
            }

            return error;
        });
    }

    /// <summary>What was sent, cut short: enough to find it in the file, not a whole line of someone's data echoed back.</summary>
    internal static string Shown(string text) => text.Length <= 24 ? text : text[..24] + "…";
}
