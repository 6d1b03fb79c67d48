using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RetailCrm.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CampaignMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CampaignId",
                table: "outbound_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbound_messages_CampaignId",
                table: "outbound_messages",
                column: "CampaignId");

            // Offers queued before this column existed carry their campaign in the key "offer:{campaign}:{customer}".
            migrationBuilder.Sql("""
                UPDATE outbound_messages SET "CampaignId" = CAST(substr("IdempotencyKey", 7, instr(substr("IdempotencyKey", 7), ':') - 1) AS INTEGER) WHERE "Kind" = 'offer' AND "IdempotencyKey" LIKE 'offer:%:%';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbound_messages_CampaignId",
                table: "outbound_messages");

            migrationBuilder.DropColumn(
                name: "CampaignId",
                table: "outbound_messages");
        }
    }
}
