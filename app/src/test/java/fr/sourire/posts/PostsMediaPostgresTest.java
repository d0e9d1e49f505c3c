package fr.sourire.posts;

import fr.sourire.support.PostgresTest;

@PostgresTest
class PostsMediaPostgresTest extends PostsMediaContract {
}
