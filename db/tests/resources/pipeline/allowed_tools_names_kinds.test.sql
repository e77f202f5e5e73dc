-- Issuing a token accepts resource kind names and globs in allowed_tools, and still refuses an
-- entry that matches neither a tool nor a kind (22023).
begin;
select plan(3);

select tests.create_org('Acme') as org \gset
select lives_ok(format($$ select tests.issue_token(%L, 'kinds', '{pages.body,data_tables.*}') $$, :'org'),
                'kind names and globs are accepted');
select lives_ok(format($$ select tests.issue_token(%L, 'both', '{whoami,pages.*}') $$, :'org'),
                'tools and kinds together');
select throws_ok(format($$ select tests.issue_token(%L, 'nothing', '{calendars.*}') $$, :'org'), '22023', null,
                 'an entry matching no tool and no kind is refused');

select * from finish();
rollback;
