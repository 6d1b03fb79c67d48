using Microsoft.Playwright;

namespace RetailCrm.Bot.IntegrationTests.Emulator;

/// <summary>
/// Headless Chromium for the page tests: Debian's <c>chromium</c> package (<c>.ci/install-chromium</c>), driven by
/// Playwright through <see cref="BrowserTypeLaunchOptions.ExecutablePath"/>. Playwright's own browser download needs
/// the internet; its node driver does not, and ships inside the NuGet package (copied to <c>.playwright/</c> beside
/// the tests). A machine without chromium fails the tests that need it, saying how to get it.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);
        if (onPath is null)
        {
            Assert.Fail("Chromium is not installed, and the emulator page tests run in it: run .ci/install-chromium " +
                "(it installs Debian's chromium package), then run the tests again.");
        }

        return onPath;
    }
}
