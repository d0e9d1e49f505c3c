package fr.sourire.publishing;

import fr.sourire.support.H2Test;

@H2Test
class ConnectionsAndPublishingH2Test extends ConnectionsAndPublishingContract {
}
