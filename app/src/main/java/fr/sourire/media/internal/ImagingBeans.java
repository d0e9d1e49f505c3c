package fr.sourire.media.internal;

import fr.sourire.imaging.ImageCleaner;
import fr.sourire.imaging.ImageInspector;
import fr.sourire.imaging.ImageLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One inspector for the whole application (it holds the face model); closed at shutdown. */
@Configuration
class ImagingBeans {

	@Bean(destroyMethod = "close")
	ImageInspector imageInspector(@Value("${sourire.media.tesseract:tesseract}") String tesseract) {
		return ImageInspector.builder().limits(ImageLimits.DEFAULT).tesseract(tesseract).build();
	}

	@Bean
	ImageCleaner imageCleaner() {
		return new ImageCleaner(ImageLimits.DEFAULT);
	}
}
