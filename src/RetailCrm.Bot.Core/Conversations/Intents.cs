namespace RetailCrm.Bot.Core.Conversations;

/// <summary>The closed set of intent names. External tools (and the <c>understand</c> command) use these strings.</summary>
public static class Intents
{
    public const string Greeting = "greeting";
    public const string Help = "help";
    public const string Unknown = "unknown";
    public const string OptOut = "opt_out";
    public const string OptIn = "opt_in";
}
