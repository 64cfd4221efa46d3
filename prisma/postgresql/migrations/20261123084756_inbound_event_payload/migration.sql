-- AlterTable
ALTER TABLE "InboundEvent" ADD COLUMN     "accountId" TEXT,
ADD COLUMN     "payload" JSONB;

