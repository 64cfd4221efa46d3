-- AlterTable
ALTER TABLE "InboundEvent" ADD COLUMN "schemaDrift" JSONB;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IntegrationWebhook" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "triggerTypes" JSONB NOT NULL,
    "integrationConfig" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "lastTriggered" DATETIME,
    "triggerCount" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "driftCount" INTEGER NOT NULL DEFAULT 0,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IntegrationWebhook_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IntegrationWebhook" ("consecutiveFailures", "createdAt", "errorCount", "id", "integrationConfig", "lastTriggered", "providerId", "status", "triggerCount", "triggerTypes", "updatedAt", "userId") SELECT "consecutiveFailures", "createdAt", "errorCount", "id", "integrationConfig", "lastTriggered", "providerId", "status", "triggerCount", "triggerTypes", "updatedAt", "userId" FROM "IntegrationWebhook";
DROP TABLE "IntegrationWebhook";
ALTER TABLE "new_IntegrationWebhook" RENAME TO "IntegrationWebhook";
CREATE INDEX "IntegrationWebhook_status_idx" ON "IntegrationWebhook"("status");
CREATE INDEX "IntegrationWebhook_updatedAt_idx" ON "IntegrationWebhook"("updatedAt");
CREATE UNIQUE INDEX "IntegrationWebhook_userId_providerId_key" ON "IntegrationWebhook"("userId", "providerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

