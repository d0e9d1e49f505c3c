-- E-reputation: what the nightly suspicious-review scan of every practice found, so pages read it instead of
-- scanning again. Replaced as a whole at each scan. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table review_suspicion (
    review_id        bigint         primary key references review (id),
    practice_id      bigint         not null references practice (id),
    score            smallint       not null,          -- 1..100
    reasons          varchar(4000)  not null,          -- plain French, one reason per line
    scanned_at       timestamp with time zone not null
);
create index review_suspicion_practice on review_suspicion (practice_id);

create table review_suspicion_scan (
    practice_id      bigint         primary key references practice (id),
    scanned_at       timestamp with time zone not null,
    review_count     integer        not null,
    flagged          integer        not null,          -- reviews with at least one reason
    periods          integer        not null           -- suspicious days or months
);
