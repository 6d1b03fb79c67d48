namespace RetailCrm.Bot.Persistence.Configurations;

/// <summary>Column lengths shared by the configurations; indexed text must be bounded on SQL Server.</summary>
internal static class Lengths
{
    public const int Phone = 20;
    public const int Name = 120;
    public const int Sid = 64;
    /// <summary>WhatsApp allows 4,096 characters in a message; SMS far fewer.</summary>
    public const int Body = 4096;
    public const int Key = 200;
    /// <summary>Free text people type: notes, complaints, offers.</summary>
    public const int Text = 1000;
    public const int Short = 32;
    /// <summary>A store system's product code.</summary>
    public const int Sku = 64;
    public const int Error = 500;
}
