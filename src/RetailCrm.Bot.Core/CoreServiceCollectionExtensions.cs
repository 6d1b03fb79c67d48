using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RetailCrm.Bot.Core.Conversations;
using RetailCrm.Bot.Core.Conversations.Handlers;
using RetailCrm.Bot.Core.Conversations.Recognizers;
using RetailCrm.Bot.Core.Customers;
using RetailCrm.Bot.Core.Messaging;
using RetailCrm.Bot.Core.Messaging.Consent;
using RetailCrm.Bot.Core.Messaging.Inbox;
using RetailCrm.Bot.Core.Messaging.Outbox;
using RetailCrm.Bot.Core.Phones;
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

        services.AddScoped<Inbox>();
        services.AddScoped<Outbox>();
        services.AddScoped<DeliveryStatusTracker>();
        services.AddScoped<ConsentService>();
        services.AddScoped<CustomerDirectory>();
        services.AddScoped<RoleResolver>();
        services.AddScoped<ConversationStateStore>();
        services.AddScoped<ConversationEngine>();
        services.TryAddSingleton<IIntentRecognizer, RuleBasedRecognizer>();

        services.AddScoped<IIntentHandler, GreetingHandler>();
        services.AddScoped<IIntentHandler, HelpHandler>();
        services.AddScoped<IIntentHandler, UnknownHandler>();
        return services;
    }
}
