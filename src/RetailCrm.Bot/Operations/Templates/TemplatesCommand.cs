using System.CommandLine;
using RetailCrm.Bot.Commands;

namespace RetailCrm.Bot.Operations.Templates;

public static class TemplatesCommand
{
    public static Command Create(Func<string[], WebApplication> buildApp)
    {
        var noSubmit = new Option<bool>("--no-submit")
        {
            Description = "Create the Content at Twilio but do not submit it for WhatsApp approval (enough for Twilio's WhatsApp sandbox).",
        };
        var push = OperationCommand.Create(
            "push",
            "Create the templates in bot-manifests/templates at Twilio, submit them for WhatsApp approval and write their "
            + $"ContentSids to {ContentSidsFile.FileName} beside them, where the bot reads them. Pushing again creates nothing twice.",
            noSubmit).WithExamples(
                "dotnet RetailCrm.Bot.dll templates push",
                "dotnet run --project src/RetailCrm.Bot -- templates push --no-submit");
        push.SetAction((parse, ct) => OperationCommand.RunAsync(buildApp, parse, async (_, services, output, token) =>
        {
            var report = await services.GetRequiredService<TemplatePusher>().PushAsync(!parse.GetValue(noSubmit), token);
            report.WriteTo(output);
            return report.Rows.Any(r => r.Status is TemplateState.Failed) ? 1 : 0;
        }, ct));

        var status = OperationCommand.Create(
            "status",
            "Show WhatsApp's verdict on each template: approved, pending, or rejected with the reason. "
            + "Exits 1 when one is rejected, missing or unknown to Twilio.")
            .WithExamples("dotnet RetailCrm.Bot.dll templates status");
        status.SetAction((parse, ct) => OperationCommand.RunAsync(buildApp, parse, async (_, services, output, token) =>
        {
            var report = await services.GetRequiredService<TemplatePusher>().StatusAsync(token);
            report.WriteTo(output);
            return report.Failed ? 1 : 0;
        }, ct));

        return new Command("templates", "The WhatsApp templates at Twilio: push them for approval, or see their status.") { push, status }
            .WithExamples("dotnet RetailCrm.Bot.dll templates push", "dotnet RetailCrm.Bot.dll templates status");
    }
}
