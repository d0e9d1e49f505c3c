package fr.sourire.practices;

import fr.sourire.support.H2Test;

@H2Test
class PracticesDataH2Test extends PracticesDataContract {
}
