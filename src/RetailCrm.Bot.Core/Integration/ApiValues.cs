namespace RetailCrm.Bot.Core.Integration;

/// <summary>
/// Values as the API shows them, the same whether just written or read back: PostgreSQL returns 1299 as 1299.00 and
/// keeps time to the microsecond, so a created answer and a later read would otherwise differ in the JSON.
/// </summary>
public static class ApiValues
{
    /// <summary>Two decimals, always (1299 → 1299.00).</summary>
    public static decimal Money(decimal amount) => decimal.Round(amount, 2) + 0.00m;

    public static decimal? Money(decimal? amount) => amount is { } a ? Money(a) : null;

    /// <summary>To the microsecond, the finest any provider keeps.</summary>
    public static DateTime Time(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    public static DateTime? Time(DateTime? utc) => utc is { } t ? Time(t) : null;
}
