using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Loyalty;
using RetailCrm.Bot.Core.Messaging.Policy;
using RetailCrm.Bot.Core.Privacy;
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
        builder.Services.AddOptions<LoyaltyOptions>()
            .BindConfiguration(LoyaltyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<EngagementOptions>()
            .BindConfiguration(EngagementOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(
                o => o.InactiveAfter > TimeSpan.Zero && o.NewCustomerWithin > TimeSpan.Zero && o.OfferCooldown >= TimeSpan.Zero && o.PostPurchaseCheckInAfter > TimeSpan.Zero,
                "Engagement:InactiveAfter, NewCustomerWithin, OfferCooldown and PostPurchaseCheckInAfter must be positive durations such as 60.00:00:00.")
            .ValidateOnStart();
        builder.Services.AddOptions<PrivacyOptions>()
            .BindConfiguration(PrivacyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<ContentSidOptions>().BindConfiguration(Channels.Twilio.TwilioOptions.SectionName);
        builder.Services.AddOptions<PacingOptions>()
            .BindConfiguration(Channels.Twilio.TwilioOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddOptions<Admin.AdminOptions>().BindConfiguration(Admin.AdminOptions.SectionName);
        builder.Services.AddRetailCrmCore();
        builder.Services.AddHostedService<StartupChecks>();
        builder.Services.AddHostedService<InboxWriter>();
        builder.Services.AddHostedService<InboxWorker>();
        builder.Services.AddHostedService<OutboxWorker>();
        return builder;
    }
}
