using RetailCrm.Bot.Admin;
using RetailCrm.Bot.Ai;
using RetailCrm.Bot.Channels.Sandbox;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Commands;
using RetailCrm.Bot.Database;
using RetailCrm.Bot.Extensions;
using RetailCrm.Bot.Health;
using RetailCrm.Bot.HttpHygiene;
using RetailCrm.Bot.Scheduling;
using Serilog;

// Two-stage start-up: this logger catches anything that goes wrong before the host's own logger exists.
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateBootstrapLogger();

try
{
    // `chat` and `understand` need no host of their own.
    if (await StandaloneCommands.TryRunAsync(args) is { } commandExitCode)
    {
        return commandExitCode;
    }

    var builder = WebApplication.CreateBuilder(HostingExtensions.AppOptions(args));
    builder.UseDefaultUrlWhenNoneConfigured();
    builder.AddLogging();
    builder.AddCrmDatabase();
    builder.AddCrm();
    builder.AddBotManifests();
    builder.AddMessageChannel();
    builder.AddScheduling();
    builder.AddAi();
    builder.AddHealth();
    builder.AddHttpHygiene();

    var app = builder.Build();

    if (args is ["migrate", ..])
    {
        return await app.MigrateDatabaseAsync();
    }

    app.UseHttpHygiene();
    app.MapHealth();
    app.MapTwilioWebhooks();
    app.MapSandbox();
    app.MapCustomersAdmin();

    await app.PrepareDatabaseAsync();
    await app.RunAsync();
    return 0;
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
public partial class Program;
