using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RetailCrm.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReplyClaimIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_outbound_messages_Status_Purpose_DueAt",
                table: "outbound_messages",
                columns: new[] { "Status", "Purpose", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbound_messages_Status_Purpose_DueAt",
                table: "outbound_messages");
        }
    }
}
