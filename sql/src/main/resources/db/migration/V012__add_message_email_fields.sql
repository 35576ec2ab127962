-- E-mail messages carry sender, recipients, subject and thread (InboundMessage/OutboundMessage webhooks and the
-- API's e-mail detail); other channels leave these columns null.
alter table messages
    add column email_from       text,
    add column email_to         text[],
    add column email_cc         text[],
    add column email_bcc        text[],
    add column email_subject    text,
    add column email_thread_id  text,
    add column email_message_id text;
