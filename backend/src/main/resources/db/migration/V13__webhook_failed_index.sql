-- Operators' metrics count the deliveries given up (WebhookMetrics): through this index, not the whole table.
create index webhook_delivery_failed on webhook_delivery (subscription_id) where status = 'FAILED';
