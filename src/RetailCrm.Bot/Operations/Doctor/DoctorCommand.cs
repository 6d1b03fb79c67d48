using System.CommandLine;
using RetailCrm.Bot.Commands;

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
            "Check that the bot is ready to run (configuration, database, Twilio's credentials and template ContentSids, "
            + "Azure OpenAI) and print the webhook URLs for Twilio's console. One line per check; exits 1 if any fails.",
            offline).WithExamples(
                "dotnet RetailCrm.Bot.dll doctor",
                "dotnet run --project src/RetailCrm.Bot -- doctor --offline --Database:Provider PostgreSQL --ConnectionStrings:Crm \"Host=db;...\"");
        command.SetAction((parse, ct) => OperationCommand.RunAsync(buildApp, parse, async (_, services, output, token) =>
        {
            var report = await services.GetRequiredService<Doctor>().RunAsync(parse.GetValue(offline), token);
            report.WriteTo(output);
            return report.ExitCode;
        }, ct));
        return command;
    }
}
