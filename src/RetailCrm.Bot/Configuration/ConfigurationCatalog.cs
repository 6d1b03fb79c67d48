using System.ComponentModel;
using System.Reflection;
using RetailCrm.Bot.Admin;
using RetailCrm.Bot.Ai;
using RetailCrm.Bot.Channels.Twilio;
using RetailCrm.Bot.Channels.Twilio.Content;
using RetailCrm.Bot.Core.Ai;
using RetailCrm.Bot.Core.Engagement;
using RetailCrm.Bot.Core.Loyalty;
using RetailCrm.Bot.Core.Manifests;
using RetailCrm.Bot.Core.Messaging.Media;
using RetailCrm.Bot.Core.Messaging.Policy;
using RetailCrm.Bot.Core.Privacy;
using RetailCrm.Bot.Core.Store;
using RetailCrm.Bot.Database;
using RetailCrm.Bot.Media;

namespace RetailCrm.Bot.Configuration;

/// <summary>
/// Every setting the app reads from its own sections, found by reflection over the options classes bound to each
/// section, so a misspelt key (<c>Store:OwnerPhone:0</c>) can be refused instead of silently ignored. Keys may be
/// written with <c>:</c> or, as in environment variables, <c>__</c>; case does not matter, as in configuration.
/// <para>
/// Patterns name array elements <c>{n}</c> (<c>Store:OwnerPhones:{n}</c>) and map entries <c>{name}</c>
/// (<c>Store:OpeningHours:{name}</c>). Framework sections (Logging, Serilog, Kestrel, AllowedHosts, urls...) and
/// whatever else the environment holds are not the app's, and never refused.
/// </para>
/// </summary>
public static class ConfigurationCatalog
{
    /// <summary>A key segment that is an array index: 0, 1, 2...</summary>
    public const string Index = "{n}";

    /// <summary>A key segment that is a map entry's name, whatever it is.</summary>
    public const string Name = "{name}";

    /// <summary>The connection string's section: <c>ConnectionStrings:Crm</c>.</summary>
    public const string ConnectionStringsSection = "ConnectionStrings";

    /// <summary>The section of per-job schedules: <c>Jobs:&lt;JobName&gt;:Cron</c>.</summary>
    public const string JobsSection = "Jobs";

    /// <summary>
    /// Each section with the options classes bound to it (several classes share one section, each reading its
    /// part). Adding an options class to a section means adding it here; a test compares this with the app's
    /// registered options.
    /// </summary>
    private static readonly (string Section, Type[] Types)[] Bound =
    [
        (StoreOptions.SectionName, [typeof(StoreOptions)]),
        (LoyaltyOptions.SectionName, [typeof(LoyaltyOptions)]),
        (EngagementOptions.SectionName, [typeof(EngagementOptions)]),
        (PrivacyOptions.SectionName, [typeof(PrivacyOptions)]),
        (TwilioOptions.SectionName, [typeof(TwilioOptions), typeof(ContentSidOptions), typeof(PacingOptions), typeof(SenderRateLimitOptions), typeof(TwilioContentOptions)]),
        (AzureOpenAiOptions.SectionName, [typeof(AzureOpenAiOptions), typeof(AiBudgetOptions)]),
        (ManifestOptions.SectionName, [typeof(ManifestOptions)]),
        (AdminOptions.SectionName, [typeof(AdminOptions)]),
        (MediaOptions.SectionName, [typeof(MediaOptions), typeof(MediaLinkOptions)]),
        (DatabaseOptions.SectionName, [typeof(DatabaseOptions)]),
    ];

    private static readonly Lazy<List<KnownSetting>> All = new(Discover);

    /// <summary>The app's own top-level sections: keys under these are checked.</summary>
    public static IReadOnlyList<string> Sections { get; } =
        [.. Bound.Select(b => b.Section), ConnectionStringsSection, JobsSection];

    /// <summary>Every options class the catalog reads keys from.</summary>
    public static IReadOnlyList<Type> OptionsTypes { get; } = [.. Bound.SelectMany(b => b.Types)];

    /// <summary>Every known setting, as a pattern with the type its value is read as.</summary>
    public static IReadOnlyList<KnownSetting> Settings => All.Value;

    /// <summary>Whether the key is under one of the app's own sections (or a near miss of one), so it is checked at all.</summary>
    public static bool IsChecked(string key)
    {
        var segments = Segments(key);
        return Sections.Contains(segments[0], StringComparer.OrdinalIgnoreCase)
               || (segments.Length > 1 && NearestSection(segments[0]) is not null);
    }

    /// <summary>Whether the key is a setting the app reads, or a section holding some (<c>Store</c>, <c>Store:OpeningHours</c>).</summary>
    public static bool IsKnown(string key)
    {
        var segments = Segments(key);
        return Settings.Any(s => s.Covers(segments));
    }

    /// <summary>The type the value of <paramref name="key"/> is read as; null for a section or an unknown key.</summary>
    public static Type? ValueType(string key)
    {
        var segments = Segments(key);
        return Settings.FirstOrDefault(s => s.Matches(segments))?.ValueType;
    }

    /// <summary>
    /// The known key an unknown one was most likely meant to be, with the user's own indexes and names kept
    /// (<c>Store:OwnerPhone:0</c> → <c>Store:OwnerPhones:0</c>); null when nothing is close.
    /// </summary>
    public static string? Suggest(string key)
    {
        var segments = Segments(key);
        if (NearestSection(segments[0]) is { } section)
        {
            segments[0] = section;
        }

        var typed = string.Join(':', segments);
        var best = Settings
            .SelectMany(s => s.Candidates(segments))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(candidate => (Candidate: candidate, Distance: EditDistance.Between(typed, candidate), Contained: DiffersByContainment(segments, candidate)))
            .Where(c => c.Distance <= Math.Max(2, DifferingLength(segments, c.Candidate) / 3) || c.Contained)
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Candidate;
    }

    /// <summary>The keys directly under a section, for a message that has no better suggestion: <c>Store</c> → Name, OwnerPhones...</summary>
    public static IReadOnlyList<string> KeysUnder(string section)
    {
        var depth = Segments(section).Length;
        var prefix = Segments(section);
        return Settings
            .Where(s => s.Segments.Count > depth && s.Covers(prefix))
            .Select(s => s.Segments[depth])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Splits a key written with <c>:</c> or <c>__</c> into its segments.</summary>
    public static string[] Segments(string key) =>
        key.Replace("__", ":", StringComparison.Ordinal).Split(':');

    private static string? NearestSection(string name) =>
        name.Length < 4 || Sections.Contains(name, StringComparer.OrdinalIgnoreCase)
            ? null
            : Sections.Where(s => EditDistance.Between(name, s) <= 2).OrderBy(s => EditDistance.Between(name, s)).FirstOrDefault();

    private static List<KnownSetting> Discover()
    {
        var settings = new List<KnownSetting>();
        foreach (var (section, types) in Bound)
        {
            foreach (var type in types)
            {
                AddProperties(settings, [section], type);
            }
        }

        settings.Add(new KnownSetting([ConnectionStringsSection, DatabaseOptions.ConnectionStringName], typeof(string)));
        // Azure App Service's connection-string variables (SQLCONNSTR_Crm...) also set the provider's name beside it.
        settings.Add(new KnownSetting([ConnectionStringsSection, DatabaseOptions.ConnectionStringName + "_ProviderName"], typeof(string)));
        foreach (var job in typeof(EngagementJobs).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            settings.Add(new KnownSetting([JobsSection, (string)job.GetRawConstantValue()!, "Cron"], typeof(string)));
        }

        return settings.DistinctBy(s => s.Pattern, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>What the configuration binder fills: public properties it can set, and collections or objects it fills in place.</summary>
    private static void AddProperties(List<KnownSetting> settings, string[] path, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true })
            {
                continue;
            }

            var settable = property.SetMethod is { IsPublic: true };
            var leaf = IsLeaf(property.PropertyType);
            if (!settable && leaf)
            {
                continue; // computed (IsConfigured, ResolvedPath...): nothing to bind
            }

            var name = property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name;
            AddValue(settings, [.. path, name], property.PropertyType);
        }
    }

    private static void AddValue(List<KnownSetting> settings, string[] path, Type type)
    {
        if (IsLeaf(type))
        {
            settings.Add(new KnownSetting(path, Nullable.GetUnderlyingType(type) ?? type));
        }
        else if (MapValueType(type) is { } mapValue)
        {
            AddValue(settings, [.. path, Name], mapValue);
        }
        else if (ElementType(type) is { } element)
        {
            AddValue(settings, [.. path, Index], element);
        }
        else
        {
            AddProperties(settings, path, type);
        }
    }

    private static bool IsLeaf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(string) || underlying.IsPrimitive || underlying.IsEnum
               || (TypeDescriptor.GetConverter(underlying).CanConvertFrom(typeof(string)) && MapValueType(underlying) is null && ElementType(underlying) is null);
    }

    private static Type? MapValueType(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>) && i.GetGenericArguments()[0] == typeof(string))
            ?.GetGenericArguments()[1];

    private static Type? ElementType(Type type) =>
        type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0];

    /// <summary>Whether the only differing segment of the typed key is part of the candidate's, or the other way round (Hours, OpeningHours).</summary>
    private static bool DiffersByContainment(string[] typed, string candidate)
    {
        var known = candidate.Split(':');
        if (known.Length != typed.Length)
        {
            return false;
        }

        var differing = typed.Zip(known).Where(p => !p.First.Equals(p.Second, StringComparison.OrdinalIgnoreCase)).ToList();
        return differing.Count == 1 && differing[0].First.Length >= 4
               && (differing[0].Second.Contains(differing[0].First, StringComparison.OrdinalIgnoreCase)
                   || differing[0].First.Contains(differing[0].Second, StringComparison.OrdinalIgnoreCase));
    }

    private static int DifferingLength(string[] typed, string candidate)
    {
        var known = candidate.Split(':');
        return typed.Zip(known).Where(p => !p.First.Equals(p.Second, StringComparison.OrdinalIgnoreCase)).Sum(p => Math.Max(p.First.Length, p.Second.Length));
    }
}

/// <summary>One known setting: its key pattern (<c>Store:OwnerPhones:{n}</c>) and the type its value is read as.</summary>
public sealed class KnownSetting(string[] segments, Type valueType)
{
    public IReadOnlyList<string> Segments { get; } = segments;

    public Type ValueType { get; } = valueType;

    public string Pattern => string.Join(':', Segments);

    /// <summary>The key is exactly this setting (with any index or name).</summary>
    public bool Matches(string[] key) => key.Length == Segments.Count && Covers(key);

    /// <summary>The key is this setting or a section above it.</summary>
    public bool Covers(string[] key) =>
        key.Length <= Segments.Count && key.Select((segment, i) => Fits(Segments[i], segment)).All(fits => fits);

    /// <summary>
    /// This setting and the sections above it as concrete keys, with the typed key's own index or name where it has
    /// one in that place (so Store:OwnerPhone:0 is compared with Store:OwnerPhones:0, not Store:OwnerPhones:{n}).
    /// </summary>
    public IEnumerable<string> Candidates(string[] typed)
    {
        for (var length = 1; length <= Segments.Count; length++)
        {
            yield return string.Join(':', Segments.Take(length).Select((segment, i) => segment switch
            {
                ConfigurationCatalog.Index => i < typed.Length && Fits(segment, typed[i]) ? typed[i] : "0",
                ConfigurationCatalog.Name => i < typed.Length ? typed[i] : "Name",
                _ => segment,
            }));
        }
    }

    private static bool Fits(string pattern, string segment) => pattern switch
    {
        ConfigurationCatalog.Index => segment.Length > 0 && segment.All(char.IsAsciiDigit),
        ConfigurationCatalog.Name => segment.Length > 0,
        _ => pattern.Equals(segment, StringComparison.OrdinalIgnoreCase),
    };
}
