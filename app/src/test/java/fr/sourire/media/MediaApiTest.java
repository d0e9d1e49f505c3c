package fr.sourire.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sourire.practices.Practices;
import fr.sourire.support.H2Test;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The media API with personal access tokens: upload, findings, masking, the clean copy, refusals as problems. */
@H2Test
class MediaApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Practices practices;

	long tilleuls() {
		return practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
	}

	@Test
	void uploadCheckMaskThenDownloadTheCleanCopy() throws Exception {
		String base = "/api/v1/practices/" + tilleuls() + "/media";
		var photo = new MockMultipartFile("file", "portrait.jpg", "image/jpeg", MediaLibraryContract.photo("grace_hopper.jpg"));

		String created = mvc.perform(multipart(base).file(photo).header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.verdict").value("block"))
			.andExpect(jsonPath("$.findings[?(@.rule == 'PATIENT.IMAGE')].regions[0].w").exists())
			.andReturn().getResponse().getContentAsString();
		long id = JsonMapper.builder().build().readTree(created).get("id").asLong();

		mvc.perform(get(base + "/" + id + "/clean").header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("ne peut pas être publiée")));

		mvc.perform(post(base + "/" + id + "/mask").header("Authorization", "Bearer demo-assistante")
			.contentType(MediaType.APPLICATION_JSON).content("{\"detected\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.masked").value(true))
			.andExpect(jsonPath("$.verdict").value(Matchers.not("block")));

		byte[] clean = mvc.perform(get(base + "/" + id + "/clean").header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_JPEG))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(clean).isNotEmpty();

		mvc.perform(delete(base + "/" + id).header("Authorization", "Bearer demo-assistante")).andExpect(status().isForbidden());
		mvc.perform(delete(base + "/" + id).header("Authorization", "Bearer demo-dentiste")).andExpect(status().isNoContent());
		mvc.perform(get(base + "/" + id).header("Authorization", "Bearer demo-dentiste")).andExpect(status().isNotFound());
	}

	@Test
	void aRefusedFileIsAProblemInPlainFrench() throws Exception {
		var heic = new MockMultipartFile("file", "IMG_0001.HEIC", "image/heic",
				new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c' });
		mvc.perform(multipart("/api/v1/practices/" + tilleuls() + "/media").file(heic).header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("JPEG")));
	}
}
