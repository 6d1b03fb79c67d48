using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Ai;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.Core.Store;
using RetailCrm.Bot.Database;
using RetailCrm.Bot.Persistence;

namespace RetailCrm.Bot.Extensions;

/// <summary>
/// At start: loads the recognizer (its model, or trains one when the saved model is stale) so the first shopper does
/// not wait for it, and says in a few lines what is running: the store, its owners and staff, the database, the
/// channel, AI, and the store facts shoppers will ask for that are not set (which the bot hands to the team).
/// </summary>
internal sealed partial class StartupChecks(
    IServiceProvider services,
    IOptions<StoreOptions> store,
    IOptions<TwilioOptions> twilio,
    IOptions<AzureOpenAiOptions> ai,
    ILogger<StartupChecks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IIntentRecognizer>();

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var staff = await db.Set<StaffMember>().CountAsync(s => s.IsActive, cancellationToken);
        LogStore(logger, store.Value.Name, store.Value.OwnerPhones.Length, staff);
        var database = DatabaseDescription.Of(db);
        var channel = Channel(twilio.Value);
        var languageModel = ai.Value.IsConfigured ? $"on (Azure OpenAI, deployment {ai.Value.Deployment})" : "off (rules and templates)";
        LogDatabase(logger, database);
        LogChannelAndAi(logger, channel, languageModel);

        if (store.Value.UnsetFacts().ToList() is { Count: > 0 } unset)
        {
            LogUnsetFacts(logger, string.Join(", ", unset));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string Channel(TwilioOptions twilio)
    {
        if (!twilio.IsConfigured)
        {
            return "sandbox (Twilio is not configured: replies are printed here)";
        }

        var senders = new[]
        {
            string.IsNullOrWhiteSpace(twilio.SmsFrom) ? null : "SMS",
            string.IsNullOrWhiteSpace(twilio.WhatsAppFrom) ? null : "WhatsApp",
            string.IsNullOrWhiteSpace(twilio.MessagingServiceSid) ? null : "a Messaging Service",
        }.OfType<string>().ToList();
        var webhook = string.IsNullOrWhiteSpace(twilio.PublicBaseUrl)
            ? "Twilio:PublicBaseUrl is not set"
            : $"webhook {twilio.PublicBaseUrl.TrimEnd('/')}{TwilioWebhooksApi.MessagesPath}";
        return $"Twilio ({(senders.Count == 0 ? "no sender set" : string.Join(", ", senders))}); {webhook}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store: {Store}; owners: {Owners}; staff: {Staff}")]
    private static partial void LogStore(ILogger logger, string store, int owners, int staff);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database: {Database}")]
    private static partial void LogDatabase(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel: {Channel}. AI: {Ai}")]
    private static partial void LogChannelAndAi(ILogger logger, string channel, string ai);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not set: {Facts}. Shoppers who ask about them are handed to the team; set them in appsettings.json or the environment.")]
    private static partial void LogUnsetFacts(ILogger logger, string facts);
}
