using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace RetailCrm.Bot.IntegrationTests.Infrastructure;

/// <summary>
/// The in-process test server gives every request no remote address (as if local). With this registered, a request
/// can say which address it comes from in <see cref="Header"/>, as a remote client behind no proxy would.
/// </summary>
public static class ClientAddress
{
    public const string Header = "X-Test-Client-Address";

    public const string Remote = "203.0.113.7";

    public static void FromHeader(IServiceCollection services) => services.AddSingleton<IStartupFilter, FromHeaderFilter>();

    public static HttpRequestMessage From(this HttpRequestMessage request, string address)
    {
        request.Headers.Add(Header, address);
        return request;
    }

    private sealed class FromHeaderFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
