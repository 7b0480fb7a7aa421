-- Operators' metrics count the deliveries given up (WebhookMetrics): through this index, not the whole table.
-- Not CONCURRENTLY: that waits for every other open transaction, Flyway's own lock included, and never finishes. The
-- partial index holds only given-up deliveries; building it reads the table once, a short write pause at upgrade.
create index webhook_delivery_failed on webhook_delivery (subscription_id) where status = 'FAILED';
