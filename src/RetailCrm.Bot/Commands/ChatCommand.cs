using System.CommandLine;
using System.Net.Http.Json;
using RetailCrm.Bot.Channels.Sandbox;
using RetailCrm.Bot.Extensions;

namespace RetailCrm.Bot.Commands;

/// <summary><c>chat</c> talks to a running bot in sandbox mode, as a shopper, staff member or owner would from their phone.</summary>
public static class ChatCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The phone number you write from, any common spelling", HelpName = "number", DefaultValueFactory = _ => "98765 43210" };
        var sms = new Option<bool>("--sms") { Description = "Write by SMS instead of WhatsApp" };
        var name = new Option<string?>("--name") { Description = "Your WhatsApp profile name", HelpName = "name" };
        var url = new Option<string>("--url") { Description = "The running bot", HelpName = "url", DefaultValueFactory = _ => HostingExtensions.DefaultUrl };
        var command = new Command("chat", "Chat with a running bot from this terminal (sandbox mode: while Twilio is not configured).")
        {
            from, sms, name, url,
        };
        command.WithExamples(
            "dotnet run --project src/RetailCrm.Bot -- chat --name Priya",
            "dotnet run --project src/RetailCrm.Bot -- chat --from \"+91 90000 00001\" --sms --url http://localhost:5081");
        command.SetAction((parsed, ct) => RunAsync(parsed.GetValue(from)!, parsed.GetValue(url)!, parsed.GetValue(sms) ? "sms" : "whatsapp", parsed.GetValue(name)));
        return command;
    }

    private static async Task<int> RunAsync(string from, string url, string channel, string? name)
    {
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
                    if (reply.Chart is not null)
                    {
                        Console.WriteLine("bot> [chart] " + reply.Chart);
                    }
                }
            }
        }
    }
}
