using System.CommandLine;
using System.Globalization;
using RetailCrm.Bot.Commands;
using RetailCrm.Bot.Core.Integration;
using RetailCrm.Bot.Database;
using RetailCrm.Bot.Operations;

namespace RetailCrm.Bot.Integration;

/// <summary><c>api-keys create|list|revoke</c>: the keys the store's own systems call the integration API with.</summary>
public static class ApiKeysCommand
{
    public static Command Create(Func<string[], WebApplication> buildApp)
    {
        var name = new Argument<string>("name") { Description = "What the key is for: 1 to 32 letters, digits, '-' or '_' (\"pos\", \"web-shop\")." };
        var readOnly = new Option<bool>("--read-only") { Description = "The key may read (GET) but never write." };
        var create = OperationCommand.Create(
            "create",
            "Create a key for the integration API (/api/v1) and print it, once, on the last line. Only its hash is kept: "
            + "store it in the calling system now.",
            readOnly).WithExamples(
                "dotnet run --project src/RetailCrm.Bot -- api-keys create pos",
                "dotnet RetailCrm.Bot.dll api-keys create reports --read-only");
        create.Arguments.Add(name);
        create.SetAction((parse, ct) => OperationCommand.RunAsync(buildApp, parse, async (app, services, output, token) =>
        {
            await app.PrepareDatabaseAsync();
            string key;
            try
            {
                key = await services.GetRequiredService<ApiKeyStore>().CreateAsync(parse.GetRequiredValue(name), parse.GetValue(readOnly), token);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                throw new OperationRefusedException(ex.Message);
            }

            var access = parse.GetValue(readOnly) ? "read-only" : "read-write";
            await output.WriteLineAsync($"Created the {access} key \"{parse.GetRequiredValue(name).Trim()}\". It is shown this once; send it as X-Api-Key:");
            await output.WriteLineAsync(key);
            return 0;
        }, ct));

        var list = OperationCommand.Create("list", "List the keys: name, access, the key's first characters, when created and revoked.")
            .WithExamples("dotnet run --project src/RetailCrm.Bot -- api-keys list");
        list.SetAction((parse, ct) => OperationCommand.RunAsync(buildApp, parse, async (app, services, output, token) =>
        {
            await app.PrepareDatabaseAsync();
            var keys = await services.GetRequiredService<ApiKeyStore>().ListAsync(token);
            if (keys.Count == 0)
            {
                await output.WriteLineAsync("No API keys yet. Create one with: api-keys create NAME [--read-only]");
                return 0;
            }

            await output.WriteLineAsync($"{"NAME",-20} {"ACCESS",-10} {"KEY",-15} {"CREATED (UTC)",-17} REVOKED (UTC)");
            foreach (var key in keys)
            {
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{key.Name,-20} {(key.ReadOnly ? "read-only" : "read-write"),-10} {key.Prefix + "…",-15} {key.CreatedAt:yyyy-MM-dd HH:mm} {(key.RevokedAt is { } revoked ? revoked.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "-")}"));
            }

            return 0;
        }, ct));

        var revoke = OperationCommand.Create("revoke", "Revoke a key by name: calls with it are refused from now on.")
            .WithExamples("dotnet run --project src/RetailCrm.Bot -- api-keys revoke pos");
        var revokeName = new Argument<string>("name") { Description = "The key's name, as api-keys list shows it." };
        revoke.Arguments.Add(revokeName);
        revoke.SetAction((parse, ct) => OperationCommand.RunAsync(buildApp, parse, async (app, services, output, token) =>
        {
            await app.PrepareDatabaseAsync();
            var keyName = parse.GetRequiredValue(revokeName);
            if (!await services.GetRequiredService<ApiKeyStore>().RevokeAsync(keyName, token))
            {
                throw new OperationRefusedException($"No live key is named \"{keyName}\" (api-keys list shows them).");
            }

            await output.WriteLineAsync($"Revoked \"{keyName}\": calls with it are refused from now on.");
            return 0;
        }, ct));

        return new Command("api-keys", "Keys for the integration API (/api/v1) that the store's POS, web shop or inventory system calls.") { create, list, revoke }
            .WithExamples("dotnet run --project src/RetailCrm.Bot -- api-keys create pos", "dotnet run --project src/RetailCrm.Bot -- api-keys list");
    }
}
