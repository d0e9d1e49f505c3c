package fr.sourire.practices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A practitioner as typed in by an administrator. */
public record NewPractitioner(
		@NotBlank(message = "{practitioner.name.required}") @Size(max = 200) String fullName,
		@NotBlank(message = "{practitioner.rpps.invalid}") @Pattern(regexp = "^\\s*(\\d\\s*){11}$", message = "{practitioner.rpps.invalid}") String rpps,
		Set<Specialty> specialties,
		Long userId) {

	public NewPractitioner {
		specialties = specialties == null ? Set.of() : Set.copyOf(specialties);
	}
}
