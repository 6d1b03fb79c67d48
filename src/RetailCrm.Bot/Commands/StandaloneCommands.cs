namespace RetailCrm.Bot.Commands;

/// <summary>Commands that run without starting the bot (no web server, no database): chat, understand and train.</summary>
public static class StandaloneCommands
{
    public static async Task<int?> TryRunAsync(string[] args) => args switch
    {
        ["chat", .. var rest] => await ChatCommand.RunAsync(rest),
        ["understand", .. var rest] => await UnderstandCommand.RunAsync(rest, Console.In, Console.Out, Console.Error),
        ["train", .. var rest] => await TrainCommand.RunAsync(rest, Console.Out, Console.Error),
        _ => null,
    };
}
