-- AlterTable
-- Edited by hand: existing attempts take their delivery's subscription before NOT NULL applies.
ALTER TABLE "DeliveryAttempt" ADD COLUMN     "webhookId" TEXT;
UPDATE "DeliveryAttempt" a SET "webhookId" = d."webhookId" FROM "Delivery" d WHERE d."id" = a."deliveryId";
ALTER TABLE "DeliveryAttempt" ALTER COLUMN "webhookId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "DeliveryAttempt_webhookId_attemptedAt_idx" ON "DeliveryAttempt"("webhookId", "attemptedAt");

