package fr.sourire.publishing;

import fr.sourire.support.PostgresTest;

@PostgresTest
class ConnectionsAndPublishingPostgresTest extends ConnectionsAndPublishingContract {
}
