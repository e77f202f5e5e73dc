-- A confirmation binds to exactly the arguments the user saw: a retry with other arguments (a
-- changed title, an added attendee, an added idempotency key) is refused with MC040 and writes
-- nothing; the action stays pending, and the honest retry still works.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev') ->> 'requestState' as state \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev'::jsonb || '{"title": "Fire everyone"}', :'state', 'accept',
                            request_id => 'tamper-1') as t1 \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev'::jsonb || '{"attendees": [{"email": "x@evil.example"}]}', :'state', 'accept',
                            request_id => 'tamper-2') as t2 \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev'::jsonb || '{"idempotency_key": "k"}', :'state', 'accept',
                            request_id => 'tamper-3') as t3 \gset
select tests.act_as_owner();

select is(:'t1'::jsonb -> '_meta' ->> 'sqlstate', 'MC040', 'another title: MC040');
select is(:'t2'::jsonb -> '_meta' ->> 'sqlstate', 'MC040', 'an added attendee: MC040');
select is(:'t3'::jsonb -> '_meta' ->> 'sqlstate', 'MC040', 'an added idempotency key: MC040');
select is((select count(*) from app.calendar_events where org_id = :'org'), 0::bigint, 'nothing was written');
select results_eq($$ select request_id, outcome::text, errcode from mcp.usage_log where request_id like 'tamper-%' order by request_id $$,
                  $$ values ('tamper-1', 'invalid_arguments', 'MC040'), ('tamper-2', 'invalid_arguments', 'MC040'),
                            ('tamper-3', 'invalid_arguments', 'MC040') $$,
                  'each is logged invalid_arguments MC040');
select tests.act_as('tests_gateway');
select is(tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'state', 'accept') -> 'structuredContent' -> 'event' ->> 'title',
          'Board review', 'the action stayed pending: the retry with the arguments the user saw writes them');
select tests.act_as_owner();

select * from finish();
rollback;
