using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Core.Data;
using RetailCrm.Bot.Core.Phones;
using RetailCrm.Bot.Core.Store;

namespace RetailCrm.Bot.Core.Conversations;

/// <summary>Owners come from <c>Store:OwnerPhones</c>, staff from the database, everyone else is a shopper.</summary>
public sealed class RoleResolver
{
    private readonly ICrmDbContext _db;
    private readonly HashSet<string> _owners;

    public RoleResolver(ICrmDbContext db, IOptions<StoreOptions> store, PhoneNumberNormalizer phones)
    {
        _db = db;
        _owners = store.Value.OwnerPhones
            .Select(phones.Normalize)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    public bool IsOwner(string phone) => _owners.Contains(phone);

    public IReadOnlyCollection<string> OwnerPhones => _owners;

    public async Task<Role> ResolveAsync(string phone, CancellationToken ct) =>
        IsOwner(phone) ? Role.Owner : RoleOf(phone, await _db.Staff.AnyAsync(s => s.Phone == phone && s.IsActive, ct));

    /// <summary>The role, when whether the phone belongs to an active staff member is already known (a turn reads it with its message).</summary>
    public Role RoleOf(string phone, bool isActiveStaff) =>
        IsOwner(phone) ? Role.Owner : isActiveStaff ? Role.Staff : Role.Shopper;
}
