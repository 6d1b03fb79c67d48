using RetailCrm.Bot.Charts;
using RetailCrm.Bot.Core.Insights.Charts;
using RetailCrm.Bot.Core.Messaging.Media;

namespace RetailCrm.Bot.Media;

public static class MediaExtensions
{
    /// <summary>The charts (ScottPlot), their storage lifetime and the signed links Twilio fetches them by.</summary>
    public static WebApplicationBuilder AddMedia(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MediaOptions>()
            .BindConfiguration(MediaOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<MediaLinkOptions>()
            .BindConfiguration(MediaOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IChartRenderer, ScottPlotChartRenderer>();
        builder.Services.AddSingleton<MediaTokens>();
        builder.Services.AddSingleton<MediaLinks>();
        return builder;
    }
}
