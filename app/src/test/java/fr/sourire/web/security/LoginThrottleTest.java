package fr.sourire.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

	private final MutableClock clock = new MutableClock();
	private final LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void blocksAfterFiveFailuresInFifteenMinutesThenForgets() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("a|1.2.3.4");
			clock.advance(Duration.ofMinutes(1));
		}
		assertThat(throttle.blockedFor("a|1.2.3.4")).isEmpty();
		throttle.failed("a|1.2.3.4");
		assertThat(throttle.blockedFor("a|1.2.3.4")).hasValue(Duration.ofMinutes(11));
		assertThat(throttle.blockedFor("a|5.6.7.8")).as("another address").isEmpty();
		assertThat(throttle.blockedFor("b|1.2.3.4")).as("another account").isEmpty();
		clock.advance(Duration.ofMinutes(11));
		assertThat(throttle.blockedFor("a|1.2.3.4")).isEmpty();
	}

	@Test
	void successResetsTheCount() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("a|1.2.3.4");
		}
		throttle.succeeded("a|1.2.3.4");
		throttle.failed("a|1.2.3.4");
		assertThat(throttle.blockedFor("a|1.2.3.4")).isEmpty();
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T10:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
