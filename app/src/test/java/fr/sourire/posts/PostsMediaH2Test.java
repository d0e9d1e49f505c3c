package fr.sourire.posts;

import fr.sourire.support.H2Test;

@H2Test
class PostsMediaH2Test extends PostsMediaContract {
}
