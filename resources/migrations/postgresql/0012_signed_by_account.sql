-- Who signed a note and wrote an amendment, as staff accounts: the account, and the professional
-- registration number it held at the moment of signing (paper prints the name and number as
-- they were then, whatever the account says later). Notes signed before accounts existed keep
-- only the name in signed_by; their account is NULL.
ALTER TABLE session ADD COLUMN signed_by_account bigint REFERENCES staff_account (id);
ALTER TABLE session ADD COLUMN signed_by_registration text COLLATE "C";
ALTER TABLE session_amendment ADD COLUMN author_account bigint REFERENCES staff_account (id);
