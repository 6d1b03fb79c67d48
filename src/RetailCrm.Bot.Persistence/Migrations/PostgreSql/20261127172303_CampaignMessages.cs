using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RetailCrm.Bot.Persistence.Migrations.PostgreSql
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
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbound_messages_CampaignId",
                table: "outbound_messages",
                column: "CampaignId");

            // Offers queued before this column existed carry their campaign in the key "offer:{campaign}:{customer}".
            migrationBuilder.Sql("""
                UPDATE outbound_messages SET "CampaignId" = CAST(split_part("IdempotencyKey", ':', 2) AS integer) WHERE "Kind" = 'offer' AND "IdempotencyKey" LIKE 'offer:%:%';
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
