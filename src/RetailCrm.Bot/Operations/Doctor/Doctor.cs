using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Ai;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Channels.Twilio.Content;
using RetailCrm.Bot.Core.Ai;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Messaging.Policy;
using RetailCrm.Bot.Database;
using RetailCrm.Bot.Persistence;

namespace RetailCrm.Bot.Operations.Doctor;

/// <summary>
/// <c>doctor</c>: is this bot ready to run? The configuration (every option validated as at start), the database
/// (reachable, migrated), Twilio's credentials (a GET of the account), each configured WhatsApp template's ContentSid
/// (it exists at Twilio), Azure OpenAI (one tiny completion) and the webhook URLs for Twilio's console. What is not
/// configured (sandbox mode, AI off) is said, not failed. Nothing is changed: no migration, no message.
/// </summary>
public sealed class Doctor(IServiceProvider services, IConfiguration configuration)
{
    public const string ConfigurationCheck = "configuration";
    public const string DatabaseCheck = "database";
    public const string TwilioCheck = "twilio";
    public const string AuthTokenCheck = "twilio token";
    public const string TemplatesCheck = "templates";
    public const string AiCheck = "azure openai";
    public const string WebhooksCheck = "webhooks";

    /// <param name="offline">Check configuration and database only: no call to Twilio or Azure OpenAI.</param>
    public async Task<DoctorReport> RunAsync(bool offline, CancellationToken ct)
    {
        var checks = new List<DoctorCheck> { CheckConfiguration(), await CheckDatabaseAsync(ct) };
        var twilio = Bound<TwilioOptions>(TwilioOptions.SectionName);
        if (offline)
        {
            checks.Add(DoctorCheck.Ok(TwilioCheck, "not checked (--offline)"));
        }
        else
        {
            checks.AddRange(await CheckAsync(TwilioCheck, () => CheckTwilioAsync(twilio, ct)));
            checks.AddRange(await CheckAsync(AiCheck, async () => [await CheckAiAsync(ct)]));
        }

        var (webhooks, messages, status) = CheckWebhooks(twilio);
        checks.Add(webhooks);
        return new DoctorReport(checks, messages, status);
    }

    /// <summary>A check whose services cannot be made because their options are invalid is not run; the configuration check says why.</summary>
    private static async Task<IEnumerable<DoctorCheck>> CheckAsync(string name, Func<Task<IEnumerable<DoctorCheck>>> check)
    {
        try
        {
            return await check();
        }
        catch (OptionsValidationException)
        {
            return [DoctorCheck.Fail(name, "not checked: its configuration is invalid (see configuration)")];
        }
    }

    /// <summary>Every option the app validates on start, validated now: each failure names its key.</summary>
    private DoctorCheck CheckConfiguration()
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            _ = services.GetRequiredService<IOptions<ContentSidOptions>>().Value; // reads content-sids.json
            return DoctorCheck.Ok(ConfigurationCheck, "valid");
        }
        catch (Exception ex) when (ex is OptionsValidationException or AggregateException or InvalidDataException)
        {
            var failures = ex is AggregateException all
                ? all.Flatten().InnerExceptions.SelectMany(Failures)
                : Failures(ex);
            return DoctorCheck.Fail(ConfigurationCheck, string.Join(" ", failures.Distinct()));
        }
    }

    private static IEnumerable<string> Failures(Exception ex) =>
        ex is OptionsValidationException options ? options.Failures : [ex.Message];

    private async Task<DoctorCheck> CheckDatabaseAsync(CancellationToken ct)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var name = options.Provider.ToString();
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            if (db.Database.IsSqlite() && new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource is var file
                && file != ":memory:" && !File.Exists(file))
            {
                return options.ShouldMigrateOnStart
                    ? DoctorCheck.Warn(DatabaseCheck, $"{name}: {file} does not exist yet; the bot creates and migrates it at start")
                    : DoctorCheck.Fail(DatabaseCheck, $"{name}: {file} does not exist and Database:MigrateOnStart is false: run `migrate`");
            }

            if (!await db.Database.CanConnectAsync(ct))
            {
                return DoctorCheck.Fail(DatabaseCheck, $"{name}: cannot connect; check ConnectionStrings:Crm");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).Count();
            if (pending.Count == 0)
            {
                return DoctorCheck.Ok(DatabaseCheck, $"{name}: reachable, all {applied} migrations applied");
            }

            return options.ShouldMigrateOnStart
                ? DoctorCheck.Warn(DatabaseCheck, $"{name}: {pending.Count} migration(s) pending, applied at the next start (Database:MigrateOnStart)")
                : DoctorCheck.Fail(DatabaseCheck, $"{name}: {pending.Count} migration(s) pending (first: {pending[0]}): run `dotnet RetailCrm.Bot.dll migrate`");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return DoctorCheck.Fail(DatabaseCheck, $"{name}: {ex.GetType().Name}: {FirstLine(ex.Message)}; check ConnectionStrings:Crm");
        }
    }

    private async Task<IEnumerable<DoctorCheck>> CheckTwilioAsync(TwilioOptions twilio, CancellationToken ct)
    {
        if (!twilio.IsConfigured)
        {
            return
            [
                DoctorCheck.Ok(TwilioCheck, "off: sandbox mode (Twilio:AccountSid and Twilio:AuthToken are not set); replies are printed, not sent"),
                DoctorCheck.Ok(TemplatesCheck, "not checked in sandbox mode"),
            ];
        }

        var accounts = services.GetRequiredService<TwilioAccountClient>();
        var checks = new List<DoctorCheck> { Account(twilio, await accounts.FetchAsync(useAuthToken: false, ct), useAuthToken: false) };
        if (twilio.UsesApiKey)
        {
            // REST calls use the API key, but the auth token still signs every webhook: check it too.
            checks.Add(Account(twilio, await accounts.FetchAsync(useAuthToken: true, ct), useAuthToken: true));
        }

        if (checks.Any(c => c.Status == CheckStatus.Fail))
        {
            checks.Add(DoctorCheck.Warn(TemplatesCheck, "not checked: Twilio refused or could not be reached"));
            return checks;
        }

        checks.AddRange(await CheckContentSidsAsync(ct));
        return checks;
    }

    private static DoctorCheck Account(TwilioOptions twilio, TwilioResult<AccountResource> result, bool useAuthToken)
    {
        var name = useAuthToken ? AuthTokenCheck : TwilioCheck;
        if (result.Ok)
        {
            var account = result.Value!;
            var what = $"account {account.FriendlyName ?? account.Sid} ({account.Type ?? "?"}, {account.Status ?? "?"})";
            return account.Status switch
            {
                "suspended" or "closed" => DoctorCheck.Fail(name, $"{what}: Twilio will not send from it"),
                _ when string.Equals(account.Type, "Trial", StringComparison.OrdinalIgnoreCase) =>
                    DoctorCheck.Warn(name, $"{what}: a trial account sends only to verified numbers"),
                _ => DoctorCheck.Ok(name, what + (useAuthToken ? ": webhook signatures will verify" : "")),
            };
        }

        var keys = useAuthToken || !twilio.UsesApiKey ? "Twilio:AuthToken (or Twilio:AccountSid)" : "Twilio:ApiKeySid / Twilio:ApiKeySecret";
        return result.Status switch
        {
            401 or 403 => DoctorCheck.Fail(name, $"Twilio refused the credentials ({result.Describe()}): fix {keys}"),
            404 => DoctorCheck.Fail(name, $"no account {twilio.AccountSid} at Twilio ({result.Describe()}): fix Twilio:AccountSid"),
            0 => DoctorCheck.Fail(name, $"{twilio.ApiBaseUrl} could not be reached: {result.Describe()}"),
            _ => DoctorCheck.Fail(name, result.Describe()),
        };
    }

    /// <summary>Each configured ContentSid exists at Twilio; kinds without one are named together in one warning.</summary>
    private async Task<IEnumerable<DoctorCheck>> CheckContentSidsAsync(CancellationToken ct)
    {
        var sids = services.GetRequiredService<IOptions<ContentSidOptions>>().Value.ContentSids;
        var client = services.GetRequiredService<TwilioContentClient>();
        var checks = new List<DoctorCheck>();
        var missing = new List<string>();
        foreach (var kind in TemplateKinds.Required)
        {
            if (!sids.TryGetValue(kind, out var sid) || string.IsNullOrWhiteSpace(sid))
            {
                missing.Add(kind);
                continue;
            }

            var fetched = await client.FetchAsync(sid, ct);
            checks.Add(fetched.Ok
                ? DoctorCheck.Ok(TemplatesCheck, $"{kind}: {sid} ({fetched.Value!.FriendlyName})")
                : fetched.NotFound
                    ? DoctorCheck.Fail(TemplatesCheck, $"{kind}: Twilio:ContentSids:{kind} {sid} does not exist at Twilio ({fetched.Describe()}): run `templates push` or fix the key")
                    : DoctorCheck.Fail(TemplatesCheck, $"{kind}: {sid}: {fetched.Describe()}"));
        }

        if (missing.Count > 0)
        {
            checks.Add(DoctorCheck.Warn(TemplatesCheck,
                $"no ContentSid for {string.Join(", ", missing)}: outside WhatsApp's 24-hour window these go by SMS or are skipped; run `templates push`"));
        }

        return checks;
    }

    /// <summary>One tiny completion (a few tokens) through the bot's own client: proves the endpoint, key and deployment.</summary>
    private async Task<DoctorCheck> CheckAiAsync(CancellationToken ct)
    {
        var ai = Bound<AzureOpenAiOptions>(AzureOpenAiOptions.SectionName);
        if (!ai.IsConfigured || services.GetService<ILanguageModel>() is not { } model)
        {
            return DoctorCheck.Ok(AiCheck, "off: AzureOpenAI:Endpoint and AzureOpenAI:Deployment are not set; rules and templates only");
        }

        try
        {
            var reply = await model.CompleteAsync(new ModelRequest("doctor", "Answer with the single word OK.", "ping", MaxOutputTokens: 5), ct);
            return DoctorCheck.Ok(AiCheck, $"deployment {ai.Deployment} answered ({reply.TotalTokens} tokens)");
        }
        catch (ModelUnavailableException ex)
        {
            var fix = ex.Reason switch
            {
                "http_401" or "http_403" => string.IsNullOrWhiteSpace(ai.ApiKey)
                    ? "Entra ID was refused: give this identity the Cognitive Services OpenAI User role, or set AzureOpenAI:ApiKey"
                    : "fix AzureOpenAI:ApiKey",
                "http_404" => $"no deployment '{ai.Deployment}' there: fix AzureOpenAI:Deployment",
                "unreachable" or "dns_failed" or "tls_failed" => $"{ai.Endpoint} could not be reached: fix AzureOpenAI:Endpoint",
                "sign_in_failed" => "Entra ID sign-in failed: set AzureOpenAI:ApiKey, or sign in (az login, managed identity)",
                "timeout" => $"no answer within AzureOpenAI:Timeout ({ai.Timeout})",
                _ => "the bot will use rules and templates until this is fixed",
            };
            return DoctorCheck.Fail(AiCheck, $"{ex.Reason}: {fix}");
        }
    }

    private static (DoctorCheck Check, string? Messages, string? Status) CheckWebhooks(TwilioOptions twilio)
    {
        if (string.IsNullOrWhiteSpace(twilio.PublicBaseUrl))
        {
            return (twilio.IsConfigured
                ? DoctorCheck.Warn(WebhooksCheck, "Twilio:PublicBaseUrl is not set: signatures are checked against the URL each request arrived at (wrong behind a proxy) and no delivery statuses are requested")
                : DoctorCheck.Ok(WebhooksCheck, "none needed in sandbox mode; set Twilio:PublicBaseUrl to print the URLs for Twilio's console"), null, null);
        }

        var origin = twilio.PublicBaseUrl.TrimEnd('/');
        var messages = origin + TwilioWebhooksApi.MessagesPath;
        var check = origin.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? DoctorCheck.Ok(WebhooksCheck, $"POST {messages}")
            : DoctorCheck.Warn(WebhooksCheck, $"POST {messages}: not https, so messages travel unencrypted");
        return (check, messages, twilio.StatusCallbackUrl);
    }

    /// <summary>The section as configured, validated or not: the configuration check has said what is wrong with it.</summary>
    private T Bound<T>(string section) where T : new() => configuration.GetSection(section).Get<T>() ?? new T();

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
