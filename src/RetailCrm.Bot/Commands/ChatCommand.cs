using System.Net.Http.Json;
using RetailCrm.Bot.Channels.Sandbox;

namespace RetailCrm.Bot.Commands;

/// <summary>
/// <c>chat</c> talks to a running bot in sandbox mode:
/// <code>dotnet run --project src/RetailCrm.Bot -- chat [--from "98765 43210"] [--sms] [--name Priya] [--url http://localhost:5080]</code>
/// </summary>
public static class ChatCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var from = CommandOptions.Value(args, "--from") ?? "98765 43210";
        var url = CommandOptions.Value(args, "--url") ?? "http://localhost:5080";
        var channel = args.Contains("--sms") ? "sms" : "whatsapp";
        var name = CommandOptions.Value(args, "--name");

        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        Console.WriteLine($"Chatting with the bot at {url} as {from} on {channel}. Type a message; an empty line or Ctrl+D quits.");

        while (true)
        {
            Console.Write("you> ");
            var line = Console.ReadLine();
            if (string.IsNullOrWhiteSpace(line))
            {
                return 0;
            }

            HttpResponseMessage response;
            try
            {
                response = await http.PostAsJsonAsync(SandboxApi.Path, new SandboxApi.SandboxMessage(from, line, channel, name));
            }
            catch (HttpRequestException ex)
            {
                Console.Error.WriteLine($"Cannot reach the bot at {url} ({ex.Message}). Start it first: dotnet run --project src/RetailCrm.Bot");
                return 1;
            }

            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    Console.Error.WriteLine($"The bot answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    continue;
                }

                var result = await response.Content.ReadFromJsonAsync<SandboxApi.SandboxResponse>();
                foreach (var reply in result?.Replies ?? [])
                {
                    Console.WriteLine("bot> " + reply.Body);
                }
            }
        }
    }

}
