using System.Net.Sockets;
using System.Text;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>HTTP/1.1 written by hand on a socket, for requests no HTTP client would send: cut short, trickled, lying.</summary>
public static class RawHttp
{
    public static string Head(string method, string path, params string[] headers) =>
        $"{method} {path} HTTP/1.1\r\nHost: bot.example.test\r\n" + string.Join("\r\n", headers) + "\r\n\r\n";

    /// <summary>Sends the request and returns the status code the server answers with (0 if it closed without one).</summary>
    public static async Task<int> SendAsync(int port, string head, byte[] body)
    {
        using var client = await ConnectAsync(port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        try
        {
            await stream.WriteAsync(body);
        }
        catch (IOException)
        {
            // The server answered and closed before taking it all (a body it refuses by its Content-Length).
        }

        return await ReadStatusAsync(stream, CancellationToken.None);
    }

    /// <summary>Sends the head and part of the body, then closes the connection, as a phone losing signal does.</summary>
    public static async Task SendAndHangUpAsync(int port, string head, byte[] partOfBody, bool reset = false)
    {
        using var client = await ConnectAsync(port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(partOfBody);
        if (reset)
        {
            client.Client.LingerState = new LingerOption(true, 0);
        }
        else
        {
            client.Client.Shutdown(SocketShutdown.Send);
        }

        client.Close();
    }

    /// <summary>Sends the head, then one byte of body every <paramref name="pause"/> until the server answers.</summary>
    public static async Task<int> TrickleAsync(int port, string head, TimeSpan pause)
    {
        using var client = await ConnectAsync(port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var answer = ReadStatusAsync(stream, stop.Token);
        while (!answer.IsCompleted)
        {
            try
            {
                await stream.WriteAsync("a"u8.ToArray(), stop.Token);
                await Task.WhenAny(answer, Task.Delay(pause, stop.Token));
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException)
            {
                break;
            }
        }

        return await answer;
    }

    private static async Task<TcpClient> ConnectAsync(int port)
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        return client;
    }

    private static async Task<int> ReadStatusAsync(NetworkStream stream, CancellationToken ct)
    {
        var buffer = new byte[4096];
        var received = new StringBuilder();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
                var text = received.ToString();
                if (text.Contains("\r\n", StringComparison.Ordinal))
                {
                    // "HTTP/1.1 408 Request Timeout"
                    return int.Parse(text.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // Reset by the server, or no answer in time.
        }

        return 0;
    }
}
