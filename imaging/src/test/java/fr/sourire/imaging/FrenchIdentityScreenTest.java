package fr.sourire.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchIdentityScreenTest {
	final ImageTextScreen screen = new FrenchIdentityScreen();

	List<IdentityHit.Kind> kinds(String text) {
		return screen.screen(text).stream().map(IdentityHit::kind).toList();
	}

	@Test
	void names() {
		assertThat(kinds("DUPONT Marie")).containsExactly(IdentityHit.Kind.NAME);
		assertThat(kinds("Marie DUPONT")).containsExactly(IdentityHit.Kind.NAME);
		assertThat(kinds("Mme Leblanc")).containsExactly(IdentityHit.Kind.NAME);
		assertThat(kinds("MME LEBLANC")).containsExactly(IdentityHit.Kind.NAME);
		assertThat(kinds("Nom : Martin")).containsExactly(IdentityHit.Kind.NAME);
		assertThat(kinds("LE GALL-BERTRAND Anne-Sophie")).containsExactly(IdentityHit.Kind.NAME);
	}

	@Test
	void notNames() {
		assertThat(kinds("AVANT Après")).isEmpty();
		assertThat(kinds("Cabinet DENTAIRE")).isEmpty();
		assertThat(kinds("Le détartrage")).isEmpty();
		assertThat(kinds("ELA\nFa")).isEmpty();
		assertThat(kinds("RX PANO")).isEmpty();
	}

	@Test
	void dates() {
		assertThat(kinds("12/03/1985")).containsExactly(IdentityHit.Kind.DATE);
		assertThat(kinds("née le 12.03.1985")).containsExactly(IdentityHit.Kind.BIRTH_DATE);
		assertThat(kinds("DDN 01-02-2001")).containsExactly(IdentityHit.Kind.BIRTH_DATE);
		assertThat(kinds("31/02/1985")).isEmpty();
		assertThat(kinds("version 1.2.3")).isEmpty();
	}

	@Test
	void nirWithKeyCheck() {
		String body = "1850578006084";
		int key = 97 - (int) (Long.parseLong(body) % 97);
		String nir = "1 85 05 78 006 084 " + String.format("%02d", key);
		assertThat(kinds(nir)).containsExactly(IdentityHit.Kind.NIR);
		String wrong = "1 85 05 78 006 084 " + String.format("%02d", (key % 97) + 1);
		assertThat(kinds(wrong)).doesNotContain(IdentityHit.Kind.NIR);
		// Corsica: 2A counts as 19 in the key
		int k2 = 97 - (int) (Long.parseLong("2850519006084") % 97);
		assertThat(kinds("2 85 05 2A 006 084 " + String.format("%02d", k2))).containsExactly(IdentityHit.Kind.NIR);
	}

	@Test
	void phones() {
		assertThat(kinds("06 12 34 56 78")).containsExactly(IdentityHit.Kind.PHONE);
		assertThat(kinds("01.23.45.67.89")).containsExactly(IdentityHit.Kind.PHONE);
		assertThat(kinds("+33 6 12 34 56 78")).containsExactly(IdentityHit.Kind.PHONE);
		assertThat(kinds("0033612345678")).containsExactly(IdentityHit.Kind.PHONE);
		assertThat(kinds("12 34 56")).isEmpty();
	}
}
