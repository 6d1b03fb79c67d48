using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RetailCrm.Bot.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EngagementEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbound_messages_CustomerId",
                table: "outbound_messages");

            migrationBuilder.AddColumn<DateTime>(
                name: "CheckInQueuedAt",
                table: "purchases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentSid",
                table: "outbound_messages",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentVariables",
                table: "outbound_messages",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DelayCount",
                table: "outbound_messages",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DelayReason",
                table: "outbound_messages",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentVia",
                table: "outbound_messages",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SkipReason",
                table: "outbound_messages",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TemplateValues",
                table: "outbound_messages",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WhatsAppWindowClosed",
                table: "outbound_messages",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "NudgedAt",
                table: "inquiries",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "MarketingConsentAt",
                table: "customers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SmsSeenAt",
                table: "customers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Change",
                table: "consent_events",
                type: "nvarchar(24)",
                maxLength: 24,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(16)",
                oldMaxLength: 16);

            migrationBuilder.AddColumn<DateTime>(
                name: "QueuedAt",
                table: "campaigns",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbound_messages_CustomerId_Kind_CreatedAt",
                table: "outbound_messages",
                columns: new[] { "CustomerId", "Kind", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbound_messages_CustomerId_Kind_CreatedAt",
                table: "outbound_messages");

            migrationBuilder.DropColumn(
                name: "CheckInQueuedAt",
                table: "purchases");

            migrationBuilder.DropColumn(
                name: "ContentSid",
                table: "outbound_messages");

            migrationBuilder.DropColumn(
                name: "ContentVariables",
                table: "outbound_messages");

            migrationBuilder.DropColumn(
                name: "DelayCount",
                table: "outbound_messages");

            migrationBuilder.DropColumn(
                name: "DelayReason",
                table: "outbound_messages");

            migrationBuilder.DropColumn(
                name: "SentVia",
                table: "outbound_messages");

            migrationBuilder.DropColumn(
                name: "SkipReason",
                table: "outbound_messages");

            migrationBuilder.DropColumn(
                name: "TemplateValues",
                table: "outbound_messages");

            migrationBuilder.DropColumn(
                name: "WhatsAppWindowClosed",
                table: "outbound_messages");

            migrationBuilder.DropColumn(
                name: "NudgedAt",
                table: "inquiries");

            migrationBuilder.DropColumn(
                name: "MarketingConsentAt",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "SmsSeenAt",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "QueuedAt",
                table: "campaigns");

            migrationBuilder.AlterColumn<string>(
                name: "Change",
                table: "consent_events",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(24)",
                oldMaxLength: 24);

            migrationBuilder.CreateIndex(
                name: "IX_outbound_messages_CustomerId",
                table: "outbound_messages",
                column: "CustomerId");
        }
    }
}
