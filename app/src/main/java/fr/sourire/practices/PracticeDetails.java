package fr.sourire.practices;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator edits about a practice. The fees page is required by deontology on the practice's website. */
public record PracticeDetails(
		@NotBlank(message = "{practice.name.required}") @Size(max = 200) String name,
		@Size(max = 500) String address,
		@Pattern(regexp = "^[0-9 +().-]{0,40}$", message = "{practice.phone.invalid}") String phone,
		@Email(message = "{practice.email.invalid}") @Size(max = 254) String email,
		@Pattern(regexp = "^[A-Z]{2}$", message = "{practice.jurisdiction.invalid}") String jurisdiction,
		@Pattern(regexp = "^(https?://\\S+)?$", message = "{practice.feesPage.invalid}") @Size(max = 500) String feesPageUrl) {

	public PracticeDetails {
		address = trim(address);
		phone = trim(phone);
		email = trim(email);
		jurisdiction = jurisdiction == null || jurisdiction.isBlank() ? "FR" : jurisdiction.trim().toUpperCase();
		feesPageUrl = trim(feesPageUrl);
		name = name == null ? null : name.trim();
	}

	private static String trim(String value) {
		return value == null ? "" : value.trim();
	}
}
