using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RetailCrm.Bot.Core.Data;

namespace RetailCrm.Bot.Core.Integration;

/// <summary>Creates, lists, revokes and recognises the integration API's keys. Only hashes are stored.</summary>
public sealed class ApiKeyStore(ICrmDbContext db, TimeProvider time)
{
    /// <summary>Every key starts with this, so a leaked one is easy to recognise in a log or a scanner.</summary>
    public const string KeyPrefix = "rcb_";

    /// <summary>How many characters of a key <c>api-keys list</c> shows.</summary>
    public const int ShownLength = 12;

    /// <summary>Creates a key and returns it: the only time it exists outside the caller's system.</summary>
    public async Task<string> CreateAsync(string name, bool readOnly, CancellationToken ct)
    {
        name = name.Trim();
        if (!IsValidName(name))
        {
            throw new ArgumentException("A key's name is 1 to 32 letters, digits, '-' or '_' (for example \"pos\" or \"web-shop\").");
        }

        if (await db.ApiKeys.AnyAsync(k => k.Name == name, ct))
        {
            throw new InvalidOperationException($"A key named \"{name}\" exists; revoke it first or choose another name.");
        }

        var key = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        db.ApiKeys.Add(new ApiKey
        {
            Name = name,
            KeyHash = Hash(key),
            Prefix = key[..ShownLength],
            ReadOnly = readOnly,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return key;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(ct);

    /// <summary>Revokes the named key; false when there is no such key (or it is revoked already).</summary>
    public async Task<bool> RevokeAsync(string name, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Name == name.Trim() && k.RevokedAt == null, ct);
        if (key is null)
        {
            return false;
        }

        // Revoked keys stay listed (with when), so an operator can tell a revoked key from one never made.
        key.RevokedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The live key a request presented, or null for an unknown or revoked one.</summary>
    public Task<ApiKey?> FindAsync(string presented, CancellationToken ct)
    {
        // An equality lookup on a hash: nothing about the key can be learned from how long it takes.
        var hash = Hash(presented);
        return db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, ct);
    }

    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 32 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
