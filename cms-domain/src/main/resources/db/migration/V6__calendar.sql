-- The publisher's calendar reads live columns by the time they went live, a month or a week at a
-- time; scheduled ones it finds through editorial_column_due_publish_ix (status, publish_at).
CREATE INDEX editorial_column_live_published_ix ON editorial_column (live_published_at);
