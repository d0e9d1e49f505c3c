-- A target's own photos (issue #5, per-network variants): own_media false = the post's photos (post_media); true =
-- exactly this target's rows below, in order, possibly none (explicitly no photo for that network). The rows go with
-- their target (targets are rewritten on each edit) and, like post_media, with a photo deleted from the library.
alter table post_target add column own_media boolean not null default false;

create table post_target_media (
    target_id bigint not null references post_target (id) on delete cascade,
    position  int    not null,
    media_id  bigint not null references media_item (id) on delete cascade,
    primary key (target_id, position)
);
create index post_target_media_media_idx on post_target_media (media_id);
