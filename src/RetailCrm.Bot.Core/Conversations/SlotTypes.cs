using System.Globalization;

namespace RetailCrm.Bot.Core.Conversations;

/// <summary>
/// A slot's name and type. Values travel as canonical strings (they are saved in the dialog state between
/// messages and printed by <c>understand</c>); <see cref="IsValid"/> and the typed readers are the one place they
/// are parsed, so a handler never parses a slot itself and never sees a value of the wrong shape.
/// </summary>
public abstract class SlotType(string name)
{
    public string Name { get; } = name;

    /// <summary>Whether a canonical value is of this type (an amount is a positive number, a phone is E.164...).</summary>
    public abstract bool IsValid(string value);

    public override string ToString() => Name;
}

/// <summary>A slot whose value is text: a phone number, a product mention, a segment, a note.</summary>
public sealed class TextSlot(string name, Func<string, bool>? isValid = null) : SlotType(name)
{
    public override bool IsValid(string value) => !string.IsNullOrWhiteSpace(value) && (isValid?.Invoke(value) ?? true);
}

/// <summary>A slot whose value is a number or a date.</summary>
public sealed class ValueSlot<T>(string name, Func<string, T?> parse) : SlotType(name)
    where T : struct
{
    public T? Parse(string? value) => value is null ? null : parse(value);

    public override bool IsValid(string value) => parse(value) is not null;
}

/// <summary>The slots every intent draws from, typed. <see cref="Slots"/> keeps their names.</summary>
public static class SlotTypes
{
    public static readonly TextSlot Phone = new(Slots.Phone, v => v.StartsWith('+') && v.Skip(1).All(char.IsAsciiDigit) && v.Length is >= 8 and <= 16);

    /// <summary>The item as the person named it; handlers resolve it against the catalog.</summary>
    public static readonly TextSlot Product = new(Slots.Product, v => v.Length <= 80);

    public static readonly TextSlot Color = new(Slots.Color);

    public static readonly TextSlot Size = new(Slots.Size, v => v.Length <= 8);

    public static readonly ValueSlot<decimal> Amount = new(Slots.Amount, v =>
        decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d > 0 && d < 100_000_000 ? d : null);

    public static readonly ValueSlot<int> Quantity = new(Slots.Quantity, PositiveInt);

    public static readonly ValueSlot<int> Rating = new(Slots.Rating, v => PositiveInt(v) is { } r && r <= 5 ? r : null);

    public static readonly ValueSlot<int> ComplaintId = new(Slots.ComplaintId, PositiveInt);

    public static readonly ValueSlot<DateOnly> Date = new(Slots.Date, v =>
        DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null);

    public static readonly TextSlot Period = new(Slots.Period, v => v is "today" or "yesterday" or "week" or "month");

    public static readonly TextSlot Segment = new(Slots.Segment, v => Campaigns.Segments.Normalize(v) is not null);

    public static readonly TextSlot Name = new(Slots.Name, v => v.Length <= 80);

    public static readonly TextSlot Text = new(Slots.Text, v => v.Length <= 2000);

    /// <summary>Which of the customer numbers the owner asked about (the reply leads with it).</summary>
    public static readonly TextSlot Measure = new(Slots.Measure, v => v is "customers" or "repeat_rate" or "average_bill" or "customer_value" or "cohorts");

    /// <summary>Words that name an owner's offer ("diwali" in "how did the diwali offer do").</summary>
    public static readonly TextSlot Campaign = new(Slots.Campaign, v => v.Length <= 80);

    private static readonly Dictionary<string, SlotType> ByName = new[]
    {
        (SlotType)Phone, Product, Color, Size, Amount, Quantity, Rating, ComplaintId, Date, Period, Segment, Name, Text, Measure, Campaign,
    }.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<SlotType> All => ByName.Values;

    public static SlotType? Find(string name) => ByName.GetValueOrDefault(name);

    private static int? PositiveInt(string v) =>
        int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
