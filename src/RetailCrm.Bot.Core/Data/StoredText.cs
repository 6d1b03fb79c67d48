namespace RetailCrm.Bot.Core.Data;

/// <summary>Text cut to fit its column.</summary>
public static class StoredText
{
    /// <summary>Free text people type (notes, complaints, inquiries, feedback): the column's length.</summary>
    public const int FreeTextLength = 1000;

    /// <summary>
    /// Cuts <paramref name="value"/> to at most <paramref name="length"/> UTF-16 units, never between the two
    /// halves of an emoji: PostgreSQL refuses a lone half, and a shopper's long message would fail its turn.
    /// </summary>
    public static string Fit(string value, int length) =>
        value.Length <= length ? value : value[..(char.IsHighSurrogate(value[length - 1]) ? length - 1 : length)];

    public static string? FitOrNull(string? value, int length) => value is null ? null : Fit(value, length);
}
