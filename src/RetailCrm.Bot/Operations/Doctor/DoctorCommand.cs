using System.CommandLine;

namespace RetailCrm.Bot.Operations.Doctor;

public static class DoctorCommand
{
    public static Command Create(Func<string[], WebApplication> buildApp)
    {
        var offline = new Option<bool>("--offline")
        {
            Description = "Check the configuration and the database only; call neither Twilio nor Azure OpenAI.",
        };
        var command = OperationCommand.Create(
            "doctor",
            """
            Checks that the bot is ready to run: its configuration, the database (reachable, migrated), Twilio's credentials
            and each WhatsApp template's ContentSid, Azure OpenAI (one tiny call), and prints the webhook URLs to paste into
            Twilio's console. One line per check: ok, warn or FAIL with the key to fix. Exits 1 if any check fails. Changes
            nothing. Configuration keys may follow, as for the bot (--Twilio:AuthToken ..., --ConnectionStrings:Crm ...).

            Example:
              dotnet RetailCrm.Bot.dll doctor
              dotnet run --project src/RetailCrm.Bot -- doctor --offline --Database:Provider PostgreSQL --ConnectionStrings:Crm "Host=db;..."
            """,
            offline);
        command.SetAction((parse, ct) => OperationCommand.RunAsync(buildApp, parse, async (_, services, output, token) =>
        {
            var report = await services.GetRequiredService<Doctor>().RunAsync(parse.GetValue(offline), token);
            report.WriteTo(output);
            return report.ExitCode;
        }, ct));
        return command;
    }
}
