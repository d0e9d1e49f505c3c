package fr.sourire.media;

import fr.sourire.support.H2Test;

@H2Test
class MediaLibraryH2Test extends MediaLibraryContract {
}
