-- Personal data as V001-V016 stored it: in the clear.
insert into locations (source_id, name) values ('loc-1', 'Evergreen Realty');

insert into users (location_id, source_id, name, email, phone)
values (1, 'u-1', 'Alex Agent', 'alex@evergreen.example', '+1 206 555 0199');

insert into contacts (location_id, source_id, name, email, phone, created_at)
values (1, 'c-1', 'Jane Doe', 'Jane.Doe@Example.com', '(206) 555-0100', '2026-01-05T10:00:00Z'),
       (1, 'c-2', 'John Roe', 'john.roe@example.com', null, '2026-01-06T10:00:00Z'),
       (1, 'c-3', 'Ann Poe', null, '+44 20 7946 0958', '2026-01-07T10:00:00Z'),
       (1, 'c-4', 'Bob Loe', 'bob.loe@example.com', '206-555-0104', '2026-01-08T10:00:00Z'),
       (1, 'c-5', 'No Data', null, null, '2026-01-09T10:00:00Z');

insert into conversations (location_id, source_id, contact_id) values (1, 'conv-1', 1);

insert into messages (location_id, source_id, conversation_id, contact_id, channel, direction, body, email_from,
                      email_to, email_cc, email_subject, created_at)
values (1, 'm-1', 1, 1, 'email', 'inbound', 'Is the house on Pine Street still for sale?', 'Jane.Doe@Example.com',
        array['alex@evergreen.example', 'office@evergreen.example'], '{}', 'Pine Street', '2026-01-05T10:05:00Z'),
       (1, 'm-2', 1, 1, 'sms', 'outbound', 'Yes, viewing Saturday at 10?', null, null, null, null,
        '2026-01-05T10:07:00Z');

insert into notes (location_id, source_id, contact_id, body) values (1, 'n-1', 1, 'Pre-approved up to 650k');

insert into tasks (location_id, source_id, contact_id, title, body)
values (1, 't-1', 1, 'Call back', 'Ask Jane about her move date');
