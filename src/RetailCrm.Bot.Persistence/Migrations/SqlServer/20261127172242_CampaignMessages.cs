using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RetailCrm.Bot.Persistence.Migrations.SqlServer
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
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbound_messages_CampaignId",
                table: "outbound_messages",
                column: "CampaignId");

            // Offers queued before this column existed carry their campaign in the key "offer:{campaign}:{customer}".
            migrationBuilder.Sql("""
                UPDATE [outbound_messages] SET [CampaignId] = CAST(SUBSTRING([IdempotencyKey], 7, CHARINDEX(':', [IdempotencyKey], 7) - 7) AS int) WHERE [Kind] = N'offer' AND [IdempotencyKey] LIKE N'offer:%:%';
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
