-- CreateIndex
CREATE INDEX "Delivery_updatedAt_idx" ON "Delivery"("updatedAt");

-- CreateIndex
CREATE INDEX "IntegrationWebhook_updatedAt_idx" ON "IntegrationWebhook"("updatedAt");

