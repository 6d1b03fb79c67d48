using Microsoft.Extensions.Options;
using RetailCrm.Bot.Channels.Sandbox.Emulator;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Core.Messaging;

namespace RetailCrm.Bot.Channels.Sandbox;

public static partial class SandboxExtensions
{
    public static IServiceCollection AddSandboxChannel(this IServiceCollection services)
    {
        services.AddSingleton<IMessageSender, SandboxMessageSender>();
        services.AddSingleton<SandboxMedia>();
        services.AddSingleton<TemplateView>();
        services.AddSingleton<OutboundFeed>();
        return services;
    }

    /// <summary>Opens the local chat endpoint and the emulator page, only while Twilio is not configured.</summary>
    public static WebApplication MapSandbox(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TwilioOptions>>().Value.IsConfigured)
        {
            return app;
        }

        app.MapPost(SandboxApi.Path, SandboxApi.Send).AddEndpointFilter<LocalOnly>().DisableAntiforgery();
        app.MapEmulator();
        // Open emulator pages hold their feed open; end it so the app stops at once.
        app.Lifetime.ApplicationStopping.Register(app.Services.GetRequiredService<OutboundFeed>().Close);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("RetailCrm.Bot.Sandbox");
            var url = app.Urls.FirstOrDefault() ?? "http://localhost:5080";
            var emulator = url.TrimEnd('/') + EmulatorApi.Path;
            LogSandbox(logger, url);
            LogEmulator(logger, emulator);
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox mode: Twilio is not configured, so replies are printed here instead of sent. " +
        "Chat with the bot from another terminal: dotnet run --project src/RetailCrm.Bot -- chat --url {Url} --from \"98765 43210\"")]
    private static partial void LogSandbox(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox mode: open {EmulatorUrl} in a browser to chat as any shopper, staff member or owner and watch every message the bot sends")]
    private static partial void LogEmulator(ILogger logger, string emulatorUrl);
}
