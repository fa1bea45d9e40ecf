-- Empties the indicator aggregate before it is rebuilt (same transaction as the rebuild), children first.
-- Both engines.
DELETE FROM agg.indicator_category;
DELETE FROM agg.indicator_value;
DELETE FROM agg.indicator_scope;
