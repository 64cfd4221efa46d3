-- AlterTable
ALTER TABLE "InboundEvent" ADD COLUMN "accountId" TEXT;
ALTER TABLE "InboundEvent" ADD COLUMN "payload" JSONB;

