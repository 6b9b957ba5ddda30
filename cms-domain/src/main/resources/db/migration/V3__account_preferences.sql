-- The desk's language and time zone for each person. Empty means "not chosen": the desk then
-- follows the browser's language and shows times in Asia/Seoul.

ALTER TABLE account ADD COLUMN locale VARCHAR(8);
ALTER TABLE account ADD COLUMN time_zone VARCHAR(64);

ALTER TABLE account ADD CONSTRAINT account_locale_ck CHECK (locale IN ('ko', 'en'));
