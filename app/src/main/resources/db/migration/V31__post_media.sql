-- Photos of a post, in the order the networks receive them (the same photos for every target network). A photo
-- deleted from the library leaves the post (the deletion voids the post's approval first, see Posts).
create table post_media (
    post_id   bigint not null references post (id),
    position  int    not null,
    media_id  bigint not null references media_item (id) on delete cascade,
    primary key (post_id, position)
);
create index post_media_media_idx on post_media (media_id);
