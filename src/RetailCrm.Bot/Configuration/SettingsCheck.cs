using System.ComponentModel;
using System.Globalization;
using RetailCrm.Bot.Extensions;

namespace RetailCrm.Bot.Configuration;

/// <summary>
/// Reads every key of the app's own sections before anything binds them, and refuses the ones it would misread: a key
/// no options class reads (a typo the binder would silently skip) and a value the binder could not convert (which it
/// reports deep inside the host, in a stack trace).
/// </summary>
public static class SettingsCheck
{
    /// <summary>Stops start-up with one line per problem; see <see cref="Problems"/>.</summary>
    public static WebApplicationBuilder RefuseUnknownSettings(this WebApplicationBuilder builder)
    {
        var problems = Problems(builder.Configuration);
        return problems.Count == 0 ? builder : throw new StartupRefusedException(problems);
    }

    /// <summary>A sentence for each unknown key and each unreadable value under the app's own sections.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        foreach (var (key, value) in configuration.AsEnumerable().OrderBy(e => e.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (!ConfigurationCatalog.IsChecked(key))
            {
                continue;
            }

            if (!ConfigurationCatalog.IsKnown(key))
            {
                // The configuration lists each section as well as its keys: report the keys only.
                if (!configuration.GetSection(key).GetChildren().Any())
                {
                    problems.Add(Unknown(key));
                }

                continue;
            }

            if (!string.IsNullOrEmpty(value) && Unreadable(key, value) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    private static string Unknown(string key)
    {
        var shown = string.Join(':', ConfigurationCatalog.Segments(key));
        if (ConfigurationCatalog.Suggest(shown) is { } suggestion)
        {
            return $"Unknown setting {shown}. Did you mean {suggestion}?";
        }

        var segments = ConfigurationCatalog.Segments(shown);
        var parent = Enumerable.Range(1, segments.Length - 1).Reverse()
            .Select(length => string.Join(':', segments.Take(length)))
            .FirstOrDefault(ConfigurationCatalog.IsKnown);
        return parent is null
            ? $"Unknown setting {shown}."
            : $"Unknown setting {shown}. {parent} takes: {string.Join(", ", ConfigurationCatalog.KeysUnder(parent))}.";
    }

    private static string? Unreadable(string key, string value)
    {
        var shown = string.Join(':', ConfigurationCatalog.Segments(key));
        if (ConfigurationCatalog.ValueType(key) is not { } type)
        {
            // A section given a value of its own: the binder reads its entries and ignores this.
            var entry = ConfigurationCatalog.Settings.First(s => s.Covers(ConfigurationCatalog.Segments(key))).Segments[ConfigurationCatalog.Segments(key).Length];
            var example = entry == ConfigurationCatalog.Index ? $"{shown}:0, {shown}:1" : $"{shown}:{entry}";
            return $"{shown} is set to '{value}', but it holds several values: set them as {example}.";
        }

        if (type == typeof(string) || Reads(type, value))
        {
            return null;
        }

        return $"{shown} is '{value}', which is not {Expected(type)}.";
    }

    private static bool Reads(Type type, string value)
    {
        if (type.IsEnum)
        {
            // A name only: the binder would also take a number, and any number at all.
            return Enum.GetNames(type).Contains(value.Trim(), StringComparer.OrdinalIgnoreCase);
        }

        try
        {
            // What the configuration binder does with a value.
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException || ex.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>What a value of <paramref name="type"/> looks like, for the message.</summary>
    public static string Expected(Type type) => type switch
    {
        { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(decimal) || type == typeof(double) => string.Create(CultureInfo.InvariantCulture, $"a number such as {2.5}"),
        _ when type == typeof(TimeSpan) => "a duration such as 00:00:03 or 60.00:00:00 (days.hours:minutes:seconds)",
        _ when type == typeof(TimeOnly) => "a time of day such as 21:00",
        _ when type == typeof(Uri) => "a URL",
        _ => "a " + type.Name,
    };
}
