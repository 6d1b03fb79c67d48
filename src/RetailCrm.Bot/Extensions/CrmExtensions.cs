using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core;
using RetailCrm.Bot.Core.Store;
using RetailCrm.Bot.Messaging;

namespace RetailCrm.Bot.Extensions;

public static class CrmExtensions
{
    /// <summary>The store's options, the CRM and conversation engine, and the inbox/outbox workers.</summary>
    public static WebApplicationBuilder AddCrm(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>();

        builder.Services.AddRetailCrmCore();
        builder.Services.AddHostedService<InboxWorker>();
        builder.Services.AddHostedService<OutboxWorker>();
        return builder;
    }
}
