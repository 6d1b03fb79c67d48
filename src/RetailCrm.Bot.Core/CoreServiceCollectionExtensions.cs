using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RetailCrm.Bot.Core.Ai;
using RetailCrm.Bot.Core.Campaigns;
using RetailCrm.Bot.Core.Catalog;
using RetailCrm.Bot.Core.CheckIns;
using RetailCrm.Bot.Core.Complaints;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Understanding;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Inquiries;
using RetailCrm.Bot.Core.Insights;
using RetailCrm.Bot.Core.Insights.Charts;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Media;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Messaging.Policy;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Privacy;
using RetailCrm.Bot.Core.Sales;
using RetailCrm.Bot.Core.Staff;
using RetailCrm.Bot.Core.StockAlerts;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The CRM and the conversation engine. The host adds the database, the channel and the workers.</summary>
    public static IServiceCollection AddRetailCrmCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StoreClock>();
        services.AddSingleton<PhoneNumberNormalizer>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<InboxProcessor>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<DispatchPlanner>();
        services.AddSingleton<OutboundSend>();
        services.AddSingleton<SendingPolicy>();
        services.AddSingleton<Pacer>();
        services.TryAddSingleton<ITemplateResolver, ContentSidTemplateResolver>();
        services.TryAddSingleton<IMessageComposer, TemplateComposer>();

        services.AddSingleton<Inbox>();
        services.AddScoped<Outbox>();
        services.AddScoped<DeliveryStatusTracker>();
        services.AddScoped<ConsentService>();
        services.AddScoped<CustomerDirectory>();
        services.AddScoped<RoleResolver>();
        services.AddScoped<ConversationStateStore>();
        services.AddScoped<ConversationEngine>();
        services.AddBotManifests();
        services.TryAddSingleton(sp => new ProductMatcher(sp.GetRequiredService<NluData>().Lexicon));
        services.TryAddSingleton(sp => IntentTrainer.LoadOrTrain(
            sp.GetRequiredService<LoadedManifests>(), sp.GetRequiredService<PhoneNumberNormalizer>(), sp.GetRequiredService<ILogger<IntentModel>>()));
        services.TryAddSingleton<MessageRecognizer>();
        services.TryAddSingleton<ISlotReader>(sp => sp.GetRequiredService<MessageRecognizer>());
        // Rules and the model first; the AI is asked only when it is configured (AiGateway knows) and they found nothing.
        services.TryAddSingleton<IIntentRecognizer, AiAssistedRecognizer>();
        services.AddSingleton<AiGateway>();
        services.TryAddSingleton<IAiUsageStore, DbAiUsageStore>();
        services.AddScoped<AiMessagePersonalizer>();

        services.AddSingleton<StoreFormat>();
        services.AddScoped<CatalogService>();
        services.AddScoped<StockAlertService>();
        services.AddScoped<StockArrivalAlerts>();
        services.AddScoped<InquiryService>();
        services.AddScoped<SalesService>();
        services.AddScoped<ComplaintService>();
        services.AddScoped<TeamNotifier>();
        services.AddScoped<Segments>();
        services.AddScoped<CampaignService>();
        services.AddScoped<SummaryService>();
        services.AddScoped<CustomerStats>();
        services.AddScoped<CampaignResults>();
        services.AddScoped<RfmReport>();
        // The charts are drawn by the host's IChartRenderer (ScottPlot), which the Core does not reference.
        services.AddScoped<MediaAttachments>();
        services.AddScoped<ReportCharts>();
        services.AddScoped<ProactiveMessages>();
        services.AddScoped<InquiryNudges>();
        services.AddScoped<CheckInService>();
        services.AddScoped<FollowUpDigest>();
        services.AddScoped<ReEngagementService>();
        services.AddScoped<DailySummarySender>();
        services.AddScoped<CustomerEraser>();
        services.AddScoped<RetentionService>();
        services.AddScoped<CustomerExporter>();
        services.TryAddSingleton<IJobTrigger, NoJobTrigger>();

        // Every intent's handler, from the intents' own declarations: adding an intent is adding one class. Reading the
        // catalogue here fails start-up when an intent has no handler or two.
        foreach (var intent in IntentCatalog.All)
        {
            services.AddScoped(typeof(IIntentHandler), intent.Handler!);
        }

        return services;
    }
}
