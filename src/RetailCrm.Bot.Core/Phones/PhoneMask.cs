namespace RetailCrm.Bot.Core.Phones;

/// <summary>Logs carry "+91******3210", never a full number (privacy, and logs travel further than databases).</summary>
public static class PhoneMask
{
    public static string Mask(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return "(none)";
        }

        var value = phone.StartsWith("whatsapp:", StringComparison.OrdinalIgnoreCase) ? phone[9..] : phone;
        if (value.Length <= 6)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4));
    }

    /// <summary>A log argument that masks only when the log line is actually written.</summary>
    public static MaskedPhone For(string? phone) => new(phone);
}

public readonly record struct MaskedPhone(string? Phone)
{
    public override string ToString() => PhoneMask.Mask(Phone);
}
