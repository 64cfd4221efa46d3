-- AlterTable
ALTER TABLE "InboundEvent" ADD COLUMN     "schemaDrift" JSONB;

-- AlterTable
ALTER TABLE "IntegrationWebhook" ADD COLUMN     "driftCount" INTEGER NOT NULL DEFAULT 0;

