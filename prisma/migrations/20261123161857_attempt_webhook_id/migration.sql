-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DeliveryAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deliveryId" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "attemptedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "durationMs" INTEGER NOT NULL,
    "statusCode" INTEGER,
    "error" TEXT,
    "responseExcerpt" TEXT,
    CONSTRAINT "DeliveryAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Existing attempts take their delivery's subscription (edited by hand: Prisma's diff has no value for them).
INSERT INTO "new_DeliveryAttempt" ("attemptedAt", "deliveryId", "webhookId", "durationMs", "error", "id", "responseExcerpt", "statusCode") SELECT a."attemptedAt", a."deliveryId", d."webhookId", a."durationMs", a."error", a."id", a."responseExcerpt", a."statusCode" FROM "DeliveryAttempt" a JOIN "Delivery" d ON d."id" = a."deliveryId";
DROP TABLE "DeliveryAttempt";
ALTER TABLE "new_DeliveryAttempt" RENAME TO "DeliveryAttempt";
CREATE INDEX "DeliveryAttempt_deliveryId_attemptedAt_idx" ON "DeliveryAttempt"("deliveryId", "attemptedAt");
CREATE INDEX "DeliveryAttempt_webhookId_attemptedAt_idx" ON "DeliveryAttempt"("webhookId", "attemptedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

