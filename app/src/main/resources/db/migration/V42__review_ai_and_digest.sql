-- E-reputation: optional AI drafting of replies through an OpenAI-compatible endpoint the practice configures (the
-- key sealed at rest like the networks' tokens), replies marked when an AI wrote their draft, and who receives the
-- weekly digest (every active member of the practice, or members who opted in for themselves).

alter table review_source add column ai_enabled boolean not null default false;
alter table review_source add column ai_base_url varchar(500);
alter table review_source add column ai_model varchar(200);
alter table review_source add column ai_key varchar(4000);          -- sealed by fr.sourire.publishing.Secrets
alter table review_source add column digest_all boolean not null default false;

alter table review_reply add column ai_made boolean not null default false;

create table review_digest_member (
    practice_id      bigint         not null references practice (id),
    user_id          bigint         not null references user_account (id),
    primary key (practice_id, user_id)
);
