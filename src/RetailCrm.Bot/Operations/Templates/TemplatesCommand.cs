using System.CommandLine;

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
            $"""
            Creates each template in bot-manifests/templates at Twilio (Content API), submits it for WhatsApp approval with
            its category, and writes the ContentSids to {ContentSidsFile.FileName} in the manifests folder, where the bot reads
            them at start. Pushing again creates nothing twice: a template Twilio already has (by its stored SID, or by
            friendly_name) is kept, and one already submitted is not submitted again.

            Example:
              dotnet RetailCrm.Bot.dll templates push
              dotnet run --project src/RetailCrm.Bot -- templates push --no-submit
            """,
            noSubmit);
        push.SetAction((parse, ct) => OperationCommand.RunAsync(buildApp, parse, async (_, services, output, token) =>
        {
            var report = await services.GetRequiredService<TemplatePusher>().PushAsync(!parse.GetValue(noSubmit), token);
            report.WriteTo(output);
            return report.Rows.Any(r => r.Status is TemplateState.Failed) ? 1 : 0;
        }, ct));

        var status = OperationCommand.Create(
            "status",
            """
            Shows WhatsApp's verdict on each template the bot has a ContentSid for: approved, pending, or rejected with the
            reason. Exits 1 when a template is rejected, missing or unknown to Twilio.

            Example:
              dotnet RetailCrm.Bot.dll templates status
            """);
        status.SetAction((parse, ct) => OperationCommand.RunAsync(buildApp, parse, async (_, services, output, token) =>
        {
            var report = await services.GetRequiredService<TemplatePusher>().StatusAsync(token);
            report.WriteTo(output);
            return report.Failed ? 1 : 0;
        }, ct));

        return new Command("templates", "The WhatsApp templates at Twilio: push them for approval, or see their status.") { push, status };
    }
}
