using System.Buffers.Text;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Media;

namespace RetailCrm.Bot.UnitTests.Media;

/// <summary>A chart's link works for the file it names until it expires, and cannot be made or changed without the key.</summary>
public sealed class MediaTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 6, 30, 0, TimeSpan.Zero);
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef");
    private static readonly Guid Chart = Guid.Parse("6f1c2d3e-4b5a-4978-8695-a4b3c2d1e0f9");

    private readonly FakeTimeProvider _clock = new(Now);

    private MediaTokens Tokens => new(Key, _clock);

    [Fact]
    public void A_token_names_its_file_and_expiry_and_is_safe_in_a_url_path()
    {
        var expires = Now.UtcDateTime.AddHours(24);

        var token = Tokens.Create(Chart, expires);

        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        Assert.True(Tokens.TryRead(token, out var id, out var expiresAt));
        Assert.Equal(Chart, id);
        Assert.Equal(expires, expiresAt);
    }

    [Fact]
    public void A_token_stops_working_when_it_expires()
    {
        var token = Tokens.Create(Chart, Now.UtcDateTime.AddMinutes(10));

        _clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.True(Tokens.TryRead(token, out _, out _));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(Tokens.TryRead(token, out _, out _));
    }

    [Fact]
    public void Changing_any_byte_of_a_token_breaks_it()
    {
        var token = Base64Url.DecodeFromChars(Tokens.Create(Chart, Now.UtcDateTime.AddHours(1)));

        // The id (0–15), the expiry (16–23) and the signature (24–55): a later expiry or another file is refused too.
        for (var i = 0; i < token.Length; i++)
        {
            var tampered = (byte[])token.Clone();
            tampered[i] ^= 0x01;
            Assert.False(Tokens.TryRead(Base64Url.EncodeToString(tampered), out _, out _), $"byte {i} changed");
        }
    }

    [Fact]
    public void A_token_signed_with_another_key_is_refused()
    {
        var forged = new MediaTokens(Encoding.UTF8.GetBytes("another key, another key, another"), _clock).Create(Chart, Now.UtcDateTime.AddHours(1));

        Assert.False(Tokens.TryRead(forged, out _, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("!!!!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Anything_that_is_not_a_token_is_refused(string? token) =>
        Assert.False(Tokens.TryRead(token, out _, out _));

    [Fact]
    public void Without_a_signing_key_every_instance_derives_the_same_one_from_the_twilio_auth_token()
    {
        var twilio = Options.Create(new TwilioOptions { AccountSid = "AC1", AuthToken = "shared-auth-token" });
        var first = new MediaTokens(Options.Create(new MediaLinkOptions()), twilio, _clock);
        var second = new MediaTokens(Options.Create(new MediaLinkOptions()), twilio, _clock);
        var otherStore = new MediaTokens(Options.Create(new MediaLinkOptions()), Options.Create(new TwilioOptions { AuthToken = "another-token" }), _clock);

        var token = first.Create(Chart, Now.UtcDateTime.AddHours(1));

        Assert.True(second.TryRead(token, out _, out _));
        Assert.False(otherStore.TryRead(token, out _, out _));
    }

    [Fact]
    public void A_configured_signing_key_wins_and_sandbox_runs_each_have_their_own()
    {
        var configured = Options.Create(new MediaLinkOptions { SigningKey = Encoding.UTF8.GetString(Key) });
        var withTwilio = new MediaTokens(configured, Options.Create(new TwilioOptions { AuthToken = "shared-auth-token" }), _clock);
        var sandbox = Options.Create(new TwilioOptions());

        Assert.True(Tokens.TryRead(withTwilio.Create(Chart, Now.UtcDateTime.AddHours(1)), out _, out _));
        Assert.False(new MediaTokens(Options.Create(new MediaLinkOptions()), sandbox, _clock)
            .TryRead(new MediaTokens(Options.Create(new MediaLinkOptions()), sandbox, _clock).Create(Chart, Now.UtcDateTime.AddHours(1)), out _, out _));
    }
}
