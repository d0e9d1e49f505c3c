package fr.sourire.web.pages;

import fr.sourire.media.Box;
import fr.sourire.media.MediaItem;
import fr.sourire.media.MediaLibrary;
import fr.sourire.media.MediaNotFoundException;
import fr.sourire.media.MediaRejectedException;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Practices;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Médias »: the library (drop several photos at once, see each one's verdict), one image with its findings and
 * boxes drawn, masking of faces and text (detected boxes plus the user's own), consent records, deletion.
 */
@Controller
class MediaPageController {

	private final MediaLibrary library;
	private final Practices practices;

	MediaPageController(MediaLibrary library, Practices practices) {
		this.library = library;
		this.practices = practices;
	}

	@GetMapping("/cabinets/{practiceId}/medias")
	String library(@PathVariable long practiceId, Model model) {
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("items", library.list(practiceId));
		return "pages/media";
	}

	@PostMapping(path = "/cabinets/{practiceId}/medias", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<UploadOutcome>> uploadFromScript(@PathVariable long practiceId,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, @CurrentUser AuthenticatedUser user,
			Locale locale) throws IOException {
		return ResponseEntity.ok(upload(practiceId, files, user, locale));
	}

	@PostMapping("/cabinets/{practiceId}/medias")
	String uploadFromForm(@PathVariable long practiceId, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@CurrentUser AuthenticatedUser user, Locale locale, RedirectAttributes redirect) throws IOException {
		redirect.addFlashAttribute("outcomes", upload(practiceId, files, user, locale));
		return "redirect:/cabinets/" + practiceId + "/medias";
	}

	@GetMapping("/cabinets/{practiceId}/medias/{mediaId}")
	String image(@PathVariable long practiceId, @PathVariable long mediaId, Model model) {
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("item", library.get(practiceId, mediaId));
		model.addAttribute("jurisdiction", practices.get(practiceId).jurisdiction());
		return "pages/media-item";
	}

	/** The clean copy (never the original), for the team's own screens only: private, not cached by proxies. */
	@GetMapping("/cabinets/{practiceId}/medias/{mediaId}/image")
	ResponseEntity<byte[]> cleanCopy(@PathVariable long practiceId, @PathVariable long mediaId) {
		MediaItem item = library.get(practiceId, mediaId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(item.contentType()))
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(library.cleanCopy(practiceId, mediaId));
	}

	@PostMapping("/cabinets/{practiceId}/medias/{mediaId}/masquage")
	String mask(@PathVariable long practiceId, @PathVariable long mediaId, @RequestParam(defaultValue = "") String boxes,
			@CurrentUser AuthenticatedUser user, Locale locale, RedirectAttributes redirect) {
		List<Box> chosen;
		try {
			chosen = Box.parseAll(boxes);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", "media.mask.invalid");
			return "redirect:/cabinets/" + practiceId + "/medias/" + mediaId;
		}
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("error", "media.mask.none");
			return "redirect:/cabinets/" + practiceId + "/medias/" + mediaId;
		}
		try {
			library.mask(practiceId, mediaId, chosen, user.email());
		}
		catch (MediaRejectedException e) {
			redirect.addFlashAttribute("error", "media.mask.failed");
			return "redirect:/cabinets/" + practiceId + "/medias/" + mediaId;
		}
		redirect.addFlashAttribute("notice", "media.mask.done");
		return "redirect:/cabinets/" + practiceId + "/medias/" + mediaId;
	}

	@PostMapping("/cabinets/{practiceId}/medias/{mediaId}/consentement")
	String consent(@PathVariable long practiceId, @PathVariable long mediaId, @RequestParam(defaultValue = "") String reference,
			@RequestParam(required = false) LocalDate signedOn, @CurrentUser AuthenticatedUser user, RedirectAttributes redirect) {
		if (reference.isBlank() || signedOn == null) {
			redirect.addFlashAttribute("error", "media.consent.invalid");
		}
		else {
			library.recordConsent(practiceId, mediaId, reference.strip(), signedOn, user.email());
			redirect.addFlashAttribute("notice", "media.consent.done");
		}
		return "redirect:/cabinets/" + practiceId + "/medias/" + mediaId;
	}

	@PostMapping("/cabinets/{practiceId}/medias/{mediaId}/suppression")
	@RequiresRole({ Role.DENTIST, Role.ADMIN })
	String delete(@PathVariable long practiceId, @PathVariable long mediaId, @CurrentUser AuthenticatedUser user,
			RedirectAttributes redirect) {
		library.delete(practiceId, mediaId, user.email());
		redirect.addFlashAttribute("notice", "media.deleted");
		return "redirect:/cabinets/" + practiceId + "/medias";
	}

	@ExceptionHandler(MediaNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		model.addAttribute("kind", "404");
		return "pages/error";
	}

	private List<UploadOutcome> upload(long practiceId, List<MultipartFile> files, AuthenticatedUser user, Locale locale)
			throws IOException {
		var outcomes = new ArrayList<UploadOutcome>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty()) {
				continue;
			}
			try {
				MediaItem item = library.upload(practiceId, user.email(), file.getOriginalFilename(), file.getBytes());
				outcomes.add(new UploadOutcome(item.fileName(), item.id(), item.verdict(), null));
			}
			catch (MediaRejectedException e) {
				outcomes.add(new UploadOutcome(file.getOriginalFilename(), null, null, e.message(locale)));
			}
		}
		return outcomes;
	}
}
