package fr.sourire.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RppsTest {

	@Test
	void exactlyElevenDigitsSpacesIgnored() {
		assertThat(new Rpps(" 101 2345 6789 ").value()).isEqualTo("10123456789");
		assertThat(Rpps.isValid("1012345678")).isFalse();
		assertThat(Rpps.isValid("101234567890")).isFalse();
		assertThat(Rpps.isValid("1012345678A")).isFalse();
		assertThat(Rpps.isValid(null)).isFalse();
		assertThatThrownBy(() -> new Rpps("abc")).isInstanceOf(IllegalArgumentException.class);
	}
}
