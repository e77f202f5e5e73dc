-- app.generate_demo_org's page titles carry a topic word (the third word) from a vocabulary that
-- grows with the org and is drawn by Zipf's law: a few words are common, most are rare; the same
-- arguments give the same titles. make bench's P4 search for a distinctive word relies on it.
begin;
select plan(5);

select app.generate_demo_org('Small', data_tables => 0, rows_per_table => 0, pages => 400, events => 0, buckets => 0,
                             activities => 0, agents => 0) as small \gset
select app.generate_demo_org('Large', data_tables => 0, rows_per_table => 0, pages => 4000, events => 0, buckets => 0,
                             activities => 0, agents => 0) as large \gset
select app.generate_demo_org('Large again', data_tables => 0, rows_per_table => 0, pages => 4000, events => 0,
                             buckets => 0, activities => 0, agents => 0) as again \gset

create temp view topics as
  select org_id, split_part(title, ' ', 3) as word, count(*) as n from app.pages group by 1, 2;

select is_empty(format($$ select title from app.pages where org_id in (%L, %L)
                          and split_part(title, ' ', 3) !~ '^((b|c|d|f|g|h|j|k|l|m|n|p|r|s|t|v|w|z|br|cr|dr|gr|pr|tr|st|ch|sh|th)(a|e|i|o|u|ai|ou|ea)){3}$' $$,
                       :'small', :'large'),
                'every title''s third word is a topic word of three syllables');
select ok((select count(*) from topics where org_id = :'large') > 2 * (select count(*) from topics where org_id = :'small'),
          'ten times the pages, more than twice the distinct topic words: the vocabulary grows with the org');
select ok((select max(n) from topics where org_id = :'large') > 4000 * 0.03,
          'the commonest topic word titles more than 3% of the pages');
select ok((select count(*) filter (where n <= 2) from topics where org_id = :'large') > (select count(*) from topics where org_id = :'large') / 2,
          'most topic words title at most two pages');
select is_empty(format($$ (select title from app.pages where org_id = %L except all select title from app.pages where org_id = %L)
                          union all
                          (select title from app.pages where org_id = %L except all select title from app.pages where org_id = %L) $$,
                       :'large', :'again', :'again', :'large'),
                'the same arguments give the same titles');

select * from finish();
rollback;
