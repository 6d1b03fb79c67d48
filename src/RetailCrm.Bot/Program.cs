using RetailCrm.Bot.Admin;
using RetailCrm.Bot.Ai;
using RetailCrm.Bot.Channels.Sandbox;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Commands;
using RetailCrm.Bot.Configuration;
using RetailCrm.Bot.Database;
using RetailCrm.Bot.Extensions;
using RetailCrm.Bot.Health;
using RetailCrm.Bot.HttpHygiene;
using RetailCrm.Bot.Integration;
using RetailCrm.Bot.Media;
using RetailCrm.Bot.Operations;
using RetailCrm.Bot.Scheduling;
using Serilog;

// Two-stage start-up: this logger catches anything that goes wrong before the host's own logger exists.
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateBootstrapLogger();

try
{
    // run (the default), migrate, chat, understand, train, doctor, templates, seed-demo: see BotCommands.
    return await BotCommands.InvokeAsync(args, Program.BuildApp);
}
catch (Exception ex) when (StartupFailure.Explain(ex) is { } explanation)
{
    // A setting, the database or the port: the operator's to fix, told in a line or two, without a stack trace.
    foreach (var line in explanation)
    {
        await Console.Error.WriteLineAsync(line);
    }

    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "RetailCrm.Bot stopped because of an unexpected error");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point; public so integration tests can start the real app.</summary>
public partial class Program
{
    /// <summary>
    /// The whole app, built from configuration arguments (<c>--Section:Key value</c>) exactly as <c>run</c> builds it,
    /// and not started: commands that need the app's services (its database, options, channel) start from here.
    /// Unknown settings and unreadable values throw <see cref="StartupRefusedException"/>.
    /// </summary>
    public static WebApplication BuildApp(string[] args)
    {
        var app = CreateAppBuilder(args).Build();
        app.UseHttpHygiene();
        app.MapHealth();
        app.MapTwilioWebhooks();
        app.MapMedia();
        app.MapSandbox();
        app.MapCustomersAdmin();
        app.MapIntegrationApi();
        return app;
    }

    /// <summary>Every area wired into the builder, before it is built: <see cref="BuildApp"/> without its last step.</summary>
    public static WebApplicationBuilder CreateAppBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(HostingExtensions.AppOptions(args));
        builder.RefuseUnknownSettings();
        builder.UseDefaultUrlWhenNoneConfigured();
        builder.AddLogging();
        builder.AddCrmDatabase();
        builder.AddCrm();
        builder.AddBotManifests();
        builder.AddMessageChannel();
        builder.AddMedia();
        builder.AddScheduling();
        builder.AddAi();
        builder.AddHealth();
        builder.AddHttpHygiene();
        builder.AddOperations();
        builder.AddIntegration();
        return builder;
    }
}
