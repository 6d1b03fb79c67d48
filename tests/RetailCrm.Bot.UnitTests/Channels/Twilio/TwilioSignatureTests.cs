using Microsoft.Extensions.Primitives;
using RetailCrm.Bot.Channels.Twilio;

namespace RetailCrm.Bot.UnitTests.Channels.Twilio;

/// <summary>
/// Checked against the values Twilio publishes: the security documentation's example and the vectors in
/// Twilio's own SDK tests (twilio-python tests/unit/test_request_validator.py, twilio-csharp RequestValidatorTest).
/// </summary>
public sealed class TwilioSignatureTests
{
    private const string AuthToken = "12345";
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";

    // The parameters of Twilio's documentation example ("Validating Signatures from Twilio").
    private static readonly Dictionary<string, StringValues> DocParameters = new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["Caller"] = "+12349013030",
        ["Digits"] = "1234",
        ["From"] = "+12349013030",
        ["To"] = "+18005551212",
    };

    // The parameters of the SDK tests, deliberately out of order.
    private static readonly Dictionary<string, StringValues> SdkParameters = new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["From"] = "+14158675309",
        ["Digits"] = "1234",
        ["To"] = "+18005551212",
        ["Caller"] = "+14158675309",
    };

    [Fact]
    public void Computes_the_documented_example_signature()
    {
        Assert.Equal("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", TwilioSignature.Compute(AuthToken, Url, DocParameters));
        Assert.True(TwilioSignature.IsValid(AuthToken, Url, DocParameters, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
    }

    [Fact]
    public void Computes_the_sdk_test_signature()
    {
        Assert.Equal("RSOYDt4T1cUTdK1PDd93/VVr8B8=", TwilioSignature.Compute(AuthToken, Url, SdkParameters));
    }

    [Fact]
    public void Accepts_a_signature_made_with_the_default_https_port_added()
    {
        // twilio-python: "hash of uri with port 443"
        Assert.True(TwilioSignature.IsValid(AuthToken, Url, SdkParameters, "kvajT1Ptam85bY51eRf/AJRuM3w="));
    }

    [Fact]
    public void Accepts_a_signature_made_with_the_default_http_port_added()
    {
        // twilio-python: "hash of uri with port 80"
        Assert.True(TwilioSignature.IsValid(AuthToken, "http://mycompany.com/myapp.php?foo=1&bar=2", SdkParameters, "0ZXoZLH/DfblKGATFgpif+LLRf4="));
    }

    [Fact]
    public void Accepts_a_signature_made_without_the_port_the_request_url_carries()
    {
        // twilio-python: validation removes the port on https
        Assert.True(TwilioSignature.IsValid(AuthToken, "https://mycompany.com:1234/myapp.php?foo=1&bar=2", SdkParameters, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Fact]
    public void Accepts_a_signature_made_with_a_non_default_port()
    {
        // twilio-python: "hash of http uri with port 1234"
        Assert.True(TwilioSignature.IsValid(AuthToken, "http://mycompany.com:1234/myapp.php?foo=1&bar=2", SdkParameters, "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="));
    }

    [Fact]
    public void Signs_every_value_of_a_repeated_parameter_in_sorted_order()
    {
        // twilio-python test_compute_signature_duplicate_multi_dict
        var parameters = new Dictionary<string, StringValues>
        {
            ["Sid"] = "CA123",
            ["SidAccount"] = "AC123",
            ["Digits"] = new StringValues(["5678", "1234"]),
        };

        Assert.Equal("IK+Dwps556ElfBT0I3Rgjkr1wJU=", TwilioSignature.Compute(AuthToken, Url, parameters));
    }

    [Theory]
    [InlineData("NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_a_wrong_or_missing_signature(string? signature)
    {
        Assert.False(TwilioSignature.IsValid(AuthToken, Url, SdkParameters, signature));
    }

    [Fact]
    public void Rejects_a_tampered_parameter_url_or_token()
    {
        var tampered = new Dictionary<string, StringValues>(SdkParameters) { ["Digits"] = "9999" };
        Assert.False(TwilioSignature.IsValid(AuthToken, Url, tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.False(TwilioSignature.IsValid(AuthToken, Url.Replace("bar=2", "bar=3", StringComparison.Ordinal), SdkParameters, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.False(TwilioSignature.IsValid("54321", Url, SdkParameters, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.False(TwilioSignature.IsValid(null, Url, SdkParameters, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Theory]
    [InlineData("https://a.example/x?y=1", "https://a.example:443/x?y=1", "https://a.example/x?y=1")]
    [InlineData("http://a.example:80/x", "http://a.example:80/x", "http://a.example/x")]
    [InlineData("https://a.example:8443/hook", "https://a.example:8443/hook", "https://a.example/hook")]
    [InlineData("https://a.example", "https://a.example:443", "https://a.example")]
    public void Url_variants_add_the_default_port_and_remove_any_port(string url, string withPort, string withoutPort)
    {
        var variants = TwilioSignature.UrlVariants(url);

        Assert.Contains(url, variants);
        Assert.Contains(withPort, variants);
        Assert.Contains(withoutPort, variants);
    }
}
