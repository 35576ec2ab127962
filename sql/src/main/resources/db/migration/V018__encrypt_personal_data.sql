-- Personal data is stored encrypted (AES-256-GCM, by the application: io.keystonebi.sql.pii.FieldCipher) in
-- bytea columns that keep the old names: contacts' and users' e-mail and phone; messages' body, sender,
-- recipients and subject; note and task bodies. Where the data must be found or matched without decrypting, a
-- keyed digest (HMAC-SHA256 of the normalised value, io.keystonebi.sql.pii.BlindIndex) sits beside it.
--
-- SQL has no key, so it cannot encrypt what is already stored: the old text columns are renamed *_plaintext and
-- the application encrypts their values into the new columns right after migrating, then empties them
-- (io.keystonebi.sql.pii.PlaintextEncryption). A later migration drops the *_plaintext columns.

alter table contacts rename column email to email_plaintext;
alter table contacts rename column phone to phone_plaintext;
alter table contacts
    add column email        bytea,
    add column phone        bytea,
    add column email_search bytea,
    add column phone_search bytea;
-- The dashboard finds a contact by exact e-mail or phone.
create index contacts_email_search_idx on contacts (email_search) where email_search is not null;
create index contacts_phone_search_idx on contacts (phone_search) where phone_search is not null;
-- What is left to encrypt; empty once the application has encrypted the old values.
create index contacts_plaintext_idx on contacts (id)
    where email_plaintext is not null or phone_plaintext is not null;

alter table users rename column email to email_plaintext;
alter table users rename column phone to phone_plaintext;
alter table users
    add column email        bytea,
    add column phone        bytea,
    add column email_search bytea;
-- Finds the agent behind a person signing in with their e-mail.
create index users_email_search_idx on users (email_search) where email_search is not null;
create index users_plaintext_idx on users (id) where email_plaintext is not null or phone_plaintext is not null;

alter table messages rename column body to body_plaintext;
alter table messages rename column email_from to email_from_plaintext;
alter table messages rename column email_to to email_to_plaintext;
alter table messages rename column email_cc to email_cc_plaintext;
alter table messages rename column email_bcc to email_bcc_plaintext;
alter table messages rename column email_subject to email_subject_plaintext;
-- Recipient lists are encrypted as one value each (the elements NUL-separated before encryption).
alter table messages
    add column body          bytea,
    add column body_digest   bytea,
    add column email_from    bytea,
    add column email_to      bytea,
    add column email_cc      bytea,
    add column email_bcc     bytea,
    add column email_subject bytea;
-- No index on body_digest: the message a webhook and the API both describe is found by conversation and time
-- (messages_conversation_created_idx), the digest only tells the few candidates apart.
create index messages_plaintext_idx on messages (id)
    where body_plaintext is not null or email_from_plaintext is not null or email_to_plaintext is not null
       or email_cc_plaintext is not null or email_bcc_plaintext is not null or email_subject_plaintext is not null;

alter table notes rename column body to body_plaintext;
alter table notes add column body bytea;
create index notes_plaintext_idx on notes (id) where body_plaintext is not null;

alter table tasks rename column body to body_plaintext;
alter table tasks add column body bytea;
create index tasks_plaintext_idx on tasks (id) where body_plaintext is not null;
