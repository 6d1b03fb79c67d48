namespace RetailCrm.Bot.Commands;

/// <summary>The few "--name value" options the commands take; nothing here needs a parser library.</summary>
public static class CommandOptions
{
    public static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static bool Flag(string[] args, string name) => args.Contains(name);
}
