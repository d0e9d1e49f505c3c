package fr.sourire.media;

import fr.sourire.support.PostgresTest;

@PostgresTest
class MediaLibraryPostgresTest extends MediaLibraryContract {
}
