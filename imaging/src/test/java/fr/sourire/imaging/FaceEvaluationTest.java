package fr.sourire.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the face detector on the labelled set in src/test/resources/faces (43 real images from Debian
 * packages). Image level: "has a face" against "a face was found". Face level (approximate, from counts per image):
 * true positives = min(found, labelled). Writes target/face-evaluation.txt; fails if the default threshold drops
 * below 0.95 recall or 0.85 precision at image level.
 */
class FaceEvaluationTest {
	record Labelled(String file, int faces) {
	}

	record Score(double threshold, int tp, int fp, int fn, int tn, int ftp, int ffp, int ffn, List<String> errors) {
		double precision() {
			return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
		}

		double recall() {
			return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
		}

		double facePrecision() {
			return ftp + ffp == 0 ? 1 : (double) ftp / (ftp + ffp);
		}

		double faceRecall() {
			return ftp + ffn == 0 ? 1 : (double) ftp / (ftp + ffn);
		}
	}

	static List<Labelled> labels() {
		List<Labelled> out = new ArrayList<>();
		for (String line : new String(TestImages.face("labels.csv"), StandardCharsets.UTF_8).split("\n")) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			String[] c = line.split(";");
			out.add(new Labelled(c[0], Integer.parseInt(c[1].trim())));
		}
		return out;
	}

	static Score evaluate(double threshold, List<Labelled> set) {
		int tp = 0, fp = 0, fn = 0, tn = 0, ftp = 0, ffp = 0, ffn = 0;
		List<String> errors = new ArrayList<>();
		try (BlazeFaceDetector detector = new BlazeFaceDetector(threshold, 1)) {
			for (Labelled l : set) {
				BufferedImage img = TestImages.image(TestImages.face(l.file()));
				int found = detector.detect(img).size();
				if (l.faces() > 0 && found > 0) {
					tp++;
				} else if (l.faces() > 0) {
					fn++;
					errors.add("missed " + l.file());
				} else if (found > 0) {
					fp++;
					errors.add("false face on " + l.file());
				} else {
					tn++;
				}
				ftp += Math.min(found, l.faces());
				ffp += Math.max(0, found - l.faces());
				ffn += Math.max(0, l.faces() - found);
			}
		}
		return new Score(threshold, tp, fp, fn, tn, ftp, ffp, ffn, errors);
	}

	@Test
	void precisionAndRecallOnTheLabelledSet() throws IOException {
		List<Labelled> set = labels();
		assertThat(set).hasSizeGreaterThanOrEqualTo(30);
		long withFaces = set.stream().filter(l -> l.faces() > 0).count();
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "Face evaluation: %d images (%d with faces, %d without), %d labelled faces%n",
				set.size(), withFaces, set.size() - withFaces, set.stream().mapToInt(Labelled::faces).sum()));
		report.append("threshold | image precision | image recall | face precision | face recall | errors\n");
		Score atDefault = null;
		for (double t : new double[] {0.6, 0.65, 0.7, 0.75, 0.8, 0.85}) {
			Score s = evaluate(t, set);
			report.append(String.format(Locale.ROOT, "%.2f | %.3f (%d/%d) | %.3f (%d/%d) | %.3f | %.3f | %s%n", t, s.precision(), s.tp(),
					s.tp() + s.fp(), s.recall(), s.tp(), s.tp() + s.fn(), s.facePrecision(), s.faceRecall(), s.errors()));
			if (t == BlazeFaceDetector.DEFAULT_THRESHOLD) {
				atDefault = s;
			}
		}
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/face-evaluation.txt"), report);
		// Recall first: a missed face is a published patient; a false face costs one click.
		assertThat(atDefault.recall()).isGreaterThanOrEqualTo(0.95);
		assertThat(atDefault.precision()).isGreaterThanOrEqualTo(0.85);
	}
}
