using System.CommandLine;

namespace RetailCrm.Bot.Operations;

/// <summary>
/// What the operator commands share: each builds the whole app from the configuration (without starting it: no web
/// server, no workers, no jobs), does its work through the app's own services and exits with 0, or 1 when something
/// needs fixing. Configuration keys the command itself does not define are handed to the app as they are, so
/// <c>doctor --Twilio:AuthToken ... --Store:Name "Kapoor Fashions"</c> checks exactly that configuration.
/// </summary>
public static class OperationCommand
{
    public static Command Create(string name, string description, params Option[] options)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        return command;
    }

    public static async Task<int> RunAsync(
        Func<string[], WebApplication> buildApp,
        ParseResult parse,
        Func<WebApplication, IServiceProvider, TextWriter, CancellationToken, Task<int>> work,
        CancellationToken ct)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        WebApplication app;
        try
        {
            app = buildApp([.. parse.UnmatchedTokens]);
        }
        catch (Exception ex)
        {
            // A provider name that is not one, a server database without a connection string: the host cannot be made.
            await error.WriteLineAsync($"FAIL  configuration   {ex.Message}");
            return 1;
        }

        await using (app)
        {
            await using var scope = app.Services.CreateAsyncScope();
            try
            {
                return await work(app, scope.ServiceProvider, output, ct);
            }
            catch (OperationRefusedException ex)
            {
                await error.WriteLineAsync(ex.Message);
                return 1;
            }
        }
    }
}

/// <summary>An operator command will not go on, for a reason it states (e.g. seeding demo data into a live Twilio bot).</summary>
public sealed class OperationRefusedException(string message) : Exception(message);
