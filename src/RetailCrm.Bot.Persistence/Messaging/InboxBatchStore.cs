using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using RetailCrm.Bot.Core.Messaging.Inbox;

namespace RetailCrm.Bot.Persistence.Messaging;

/// <summary>
/// The inbox's group commit: one multi-row INSERT a chunk, in one transaction, that skips a SID already stored and says
/// which rows it inserted. Columns, their conversions and the quoting come from the EF model, so this follows the
/// model; only "do nothing on a duplicate" and "return what was inserted" are spelled per provider:
/// <list type="bullet">
/// <item>PostgreSQL and SQLite: <c>ON CONFLICT ("MessageSid") DO NOTHING RETURNING</c>.</item>
/// <item>SQL Server: <c>INSERT … OUTPUT … SELECT … WHERE NOT EXISTS</c> with <c>UPDLOCK, HOLDLOCK</c>, so two
/// instances inserting the same SID at once wait for each other instead of one failing on the unique index.</item>
/// </list>
/// </summary>
public sealed class InboxBatchStore(CrmDbContext db) : IInboxBatchStore
{
    private static readonly ConcurrentDictionary<Type, Plan> Plans = new();

    public async Task<IReadOnlySet<string>> InsertNewAsync(IReadOnlyList<InboundMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            return new HashSet<string>();
        }

        var plan = Plans.GetOrAdd(db.GetType(), _ => Plan.For(db));
        var bySid = messages.ToDictionary(m => m.MessageSid, StringComparer.Ordinal);
        // SQL Server's retrying strategy wants the whole transaction as the unit to retry; a retry is safe, the
        // rows a failed attempt did commit are skipped as duplicates.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            var stored = new HashSet<string>(StringComparer.Ordinal);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var connection = db.Database.GetDbConnection();
            foreach (var chunk in messages.Chunk(plan.RowsPerStatement))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction.GetDbTransaction();
                command.CommandText = plan.Sql(chunk.Length);
                plan.AddParameters(command, chunk);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var sid = reader.GetString(1);
                    bySid[sid].Id = reader.GetInt64(0);
                    stored.Add(sid);
                }
            }

            await transaction.CommitAsync(ct);
            return stored;
        });
    }

    /// <summary>The statement's shape for one provider, worked out once from the model.</summary>
    private sealed class Plan
    {
        private readonly Provider _provider;
        private readonly string _table;
        private readonly string _id;
        private readonly string _sid;
        private readonly (IProperty Property, RelationalTypeMapping Mapping, string Column)[] _columns;

        private Plan(Provider provider, string table, string id, string sid, (IProperty, RelationalTypeMapping, string)[] columns)
        {
            _provider = provider;
            _table = table;
            _id = id;
            _sid = sid;
            _columns = columns;
            // Each provider caps the parameters of one command: SQL Server at 2,100, SQLite at 32,766, PostgreSQL at 65,535.
            var maxParameters = provider switch
            {
                Provider.SqlServer => 2_000,
                Provider.Sqlite => 32_000,
                _ => 65_000,
            };
            RowsPerStatement = Math.Min(Inbox.MaxBatch, maxParameters / columns.Length);
        }

        private enum Provider
        {
            PostgreSql,
            Sqlite,
            SqlServer,
        }

        public int RowsPerStatement { get; }

        public static Plan For(CrmDbContext db)
        {
            var provider = db.Database.IsNpgsql() ? Provider.PostgreSql
                : db.Database.IsSqlite() ? Provider.Sqlite
                : db.Database.IsSqlServer() ? Provider.SqlServer
                : throw new NotSupportedException($"No inbox insert for {db.Database.ProviderName}.");
            var sql = db.GetService<ISqlGenerationHelper>();
            var entity = db.Model.FindEntityType(typeof(InboundMessage))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            string Column(IProperty p) => sql.DelimitIdentifier(p.GetColumnName(table)!);
            var columns = entity.GetProperties()
                .Where(p => p.ValueGenerated != ValueGenerated.OnAdd)
                .Select(p => (p, p.GetRelationalTypeMapping(), Column(p)))
                .ToArray();
            return new Plan(
                provider,
                sql.DelimitIdentifier(table.Name, table.Schema),
                Column(entity.FindProperty(nameof(InboundMessage.Id))!),
                Column(entity.FindProperty(nameof(InboundMessage.MessageSid))!),
                columns);
        }

        /// <summary>The statement for <paramref name="rows"/> rows; it returns the id and SID of each row inserted.</summary>
        public string Sql(int rows)
        {
            var names = string.Join(", ", _columns.Select(c => c.Column));
            var values = new StringBuilder();
            for (var row = 0; row < rows; row++)
            {
                values.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < _columns.Length; column++)
                {
                    values.Append(column == 0 ? "" : ", ").Append("@p").Append(row * _columns.Length + column);
                }

                values.Append(')');
            }

            return _provider == Provider.SqlServer
                ? $"INSERT INTO {_table} ({names}) OUTPUT INSERTED.{_id}, INSERTED.{_sid} "
                  + $"SELECT {names} FROM (VALUES {values}) AS v ({names}) "
                  + $"WHERE NOT EXISTS (SELECT 1 FROM {_table} AS t WITH (UPDLOCK, HOLDLOCK) WHERE t.{_sid} = v.{_sid});"
                : $"INSERT INTO {_table} ({names}) VALUES {values} ON CONFLICT ({_sid}) DO NOTHING RETURNING {_id}, {_sid};";
        }

        /// <summary>Every value as a parameter, converted the way EF converts it (enums as words, times as UTC).</summary>
        public void AddParameters(DbCommand command, InboundMessage[] rows)
        {
            for (var row = 0; row < rows.Length; row++)
            {
                for (var column = 0; column < _columns.Length; column++)
                {
                    var (property, mapping, _) = _columns[column];
                    var value = property.GetGetter().GetClrValue(rows[row]);
                    command.Parameters.Add(mapping.CreateParameter(command, "@p" + (row * _columns.Length + column), value, property.IsNullable));
                }
            }
        }
    }
}
