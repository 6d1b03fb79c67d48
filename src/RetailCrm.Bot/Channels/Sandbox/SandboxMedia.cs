using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RetailCrm.Bot.Media;
using RetailCrm.Bot.Persistence;

namespace RetailCrm.Bot.Channels.Sandbox;

/// <summary>
/// Where sandbox mode puts the pictures it would have sent: one PNG per chart, named by its id, in
/// Media:SandboxFolder (by default a <c>media</c> folder beside the SQLite database), so a developer can open it.
/// </summary>
public sealed class SandboxMedia(IServiceScopeFactory scopes, IOptions<MediaLinkOptions> options, IHostEnvironment environment)
{
    private string? _folder;

    /// <summary>The file a chart is saved to (whether or not it has been yet).</summary>
    public string PathFor(Guid mediaId) => Path.Combine(Folder(), mediaId.ToString("N") + ".png");

    /// <summary>Writes the chart to its file and returns the path; null when the chart is gone (expired and deleted).</summary>
    public async Task<string?> SaveAsync(Guid mediaId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var content = await db.MediaFiles.AsNoTracking().Where(m => m.Id == mediaId).Select(m => m.Content).SingleOrDefaultAsync(ct);
        if (content is null)
        {
            return null;
        }

        var path = PathFor(mediaId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, ct);
        return path;
    }

    private string Folder()
    {
        if (_folder is not null)
        {
            return _folder;
        }

        if (!string.IsNullOrWhiteSpace(options.Value.SandboxFolder))
        {
            return _folder = Path.GetFullPath(options.Value.SandboxFolder, environment.ContentRootPath);
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var database = db.Database.IsSqlite() ? new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource : null;
        return _folder = string.IsNullOrEmpty(database) || database == ":memory:"
            ? Path.Combine(environment.ContentRootPath, "data", "media")
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, "media");
    }
}
