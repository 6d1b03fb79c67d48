namespace RetailCrm.Bot.Operations.Doctor;

public enum CheckStatus
{
    Ok,
    Warn,
    Fail,
}

/// <summary>One line of <c>doctor</c>: what was checked, how it went, and a short reason naming what to fix.</summary>
public sealed record DoctorCheck(string Name, CheckStatus Status, string Reason)
{
    public static DoctorCheck Ok(string name, string reason) => new(name, CheckStatus.Ok, reason);

    public static DoctorCheck Warn(string name, string reason) => new(name, CheckStatus.Warn, reason);

    public static DoctorCheck Fail(string name, string reason) => new(name, CheckStatus.Fail, reason);
}

/// <summary>Every check, and the webhook URLs to paste into Twilio's console when the public URL is known.</summary>
public sealed record DoctorReport(IReadOnlyList<DoctorCheck> Checks, string? MessagesWebhook, string? StatusWebhook)
{
    public bool Failed => Checks.Any(c => c.Status == CheckStatus.Fail);

    public int ExitCode => Failed ? 1 : 0;

    public void WriteTo(TextWriter output)
    {
        foreach (var check in Checks)
        {
            var label = check.Status switch
            {
                CheckStatus.Ok => "ok",
                CheckStatus.Warn => "warn",
                _ => "FAIL",
            };
            output.WriteLine($"{label,-5} {check.Name,-15} {check.Reason}");
        }

        if (MessagesWebhook is not null)
        {
            output.WriteLine();
            output.WriteLine("In Twilio's console, for the phone number's Messaging configuration and for the WhatsApp sender:");
            output.WriteLine($"  A message comes in:  POST {MessagesWebhook}");
            output.WriteLine($"  Status callbacks:    {StatusWebhook} (requested with each message; nothing to set)");
        }

        var failed = Checks.Count(c => c.Status == CheckStatus.Fail);
        var warned = Checks.Count(c => c.Status == CheckStatus.Warn);
        output.WriteLine();
        output.WriteLine(failed == 0
            ? $"No failures{(warned > 0 ? $", {warned} warning(s)" : "")}."
            : $"{failed} check(s) failed{(warned > 0 ? $", {warned} warning(s)" : "")}.");
    }
}
