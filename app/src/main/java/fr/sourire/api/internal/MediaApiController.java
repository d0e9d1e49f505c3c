package fr.sourire.api.internal;

import fr.sourire.media.Box;
import fr.sourire.media.MediaItem;
import fr.sourire.media.MediaLibrary;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The media library: upload and check images, mask faces and text, fetch the clean copy. */
@RestController
@RequestMapping(path = "/api/v1/practices/{practiceId}/media", produces = "application/json")
class MediaApiController {

	private final MediaLibrary library;

	MediaApiController(MediaLibrary library) {
		this.library = library;
	}

	@Schema(description = "Zones à masquer, en pixels de l'image affichée (orientation appliquée)")
	record MaskRequest(List<Box> boxes, @Schema(description = "Ajouter toutes les zones détectées (visages, texte)") boolean detected) {
	}

	@Schema(description = "Consentement écrit de la personne photographiée (ne change rien en France)")
	record ConsentRequest(String reference, LocalDate signedOn) {
	}

	@Operation(summary = "Les images du cabinet, avec le résultat de leur vérification")
	@GetMapping
	List<MediaItem> list(@PathVariable long practiceId) {
		return library.list(practiceId);
	}

	@Operation(summary = "Ajoute une image et la vérifie (visages, données cachées, texte dans l'image, avant/après)",
			description = "JPEG, PNG ou WebP, 25 Mo au plus. Un fichier refusé (HEIC, SVG, trop grand, abîmé) reçoit 422 "
					+ "avec la raison en clair ; rien n'est enregistré.")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	MediaItem upload(@PathVariable long practiceId, @RequestParam("file") MultipartFile file,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) throws IOException {
		return library.upload(practiceId, user.email(), file.getOriginalFilename(), file.getBytes());
	}

	@Operation(summary = "Une image et ses constats (règle, gravité, message, zones)")
	@GetMapping("/{mediaId}")
	MediaItem get(@PathVariable long practiceId, @PathVariable long mediaId) {
		return library.get(practiceId, mediaId);
	}

	@Operation(summary = "Masque des zones de façon définitive sur la copie propre, puis la vérifie à nouveau")
	@PostMapping(path = "/{mediaId}/mask", consumes = "application/json")
	MediaItem mask(@PathVariable long practiceId, @PathVariable long mediaId, @RequestBody MaskRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		var boxes = new java.util.ArrayList<Box>(request.boxes() == null ? List.of() : request.boxes());
		if (request.detected()) {
			boxes.addAll(library.get(practiceId, mediaId).boxesToMask());
		}
		if (boxes.isEmpty()) {
			throw new IllegalArgumentException("Aucune zone à masquer.");
		}
		return library.mask(practiceId, mediaId, boxes, user.email());
	}

	@Operation(summary = "Enregistre le consentement écrit de la personne photographiée")
	@PostMapping(path = "/{mediaId}/consent", consumes = "application/json")
	MediaItem consent(@PathVariable long practiceId, @PathVariable long mediaId, @RequestBody ConsentRequest request,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		if (request.reference() == null || request.reference().isBlank() || request.signedOn() == null) {
			throw new IllegalArgumentException("Indiquez la référence du formulaire et sa date de signature.");
		}
		return library.recordConsent(practiceId, mediaId, request.reference().strip(), request.signedOn(), user.email());
	}

	@Operation(summary = "La copie propre (sans données cachées, zones masquées), refusée tant qu'un constat bloque")
	@GetMapping(path = "/{mediaId}/clean", produces = { MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE, "application/problem+json" })
	ResponseEntity<byte[]> clean(@PathVariable long practiceId, @PathVariable long mediaId) throws IOException {
		MediaItem item = library.get(practiceId, mediaId);
		try (var in = library.openPublishable(practiceId, mediaId)) {
			return ResponseEntity.ok().contentType(MediaType.parseMediaType(item.contentType()))
				.cacheControl(CacheControl.noStore().cachePrivate()).body(in.readAllBytes());
		}
	}

	@Operation(summary = "Supprime une image (original et copie)")
	@DeleteMapping("/{mediaId}")
	@RequiresRole({ Role.DENTIST, Role.ADMIN })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long practiceId, @PathVariable long mediaId,
			@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
		library.delete(practiceId, mediaId, user.email());
	}
}
