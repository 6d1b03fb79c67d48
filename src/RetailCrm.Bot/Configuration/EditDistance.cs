namespace RetailCrm.Bot.Configuration;

/// <summary>How many letters to add, remove or change to turn one word into another (Levenshtein), ignoring case.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The candidate closest to <paramref name="typed"/>, when it is close enough to be what was meant.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (Candidate: c, Distance: Between(typed, c)))
            .Where(c => c.Distance <= Math.Max(2, c.Candidate.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Candidate)
            .FirstOrDefault();
}
