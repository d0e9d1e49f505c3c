package fr.sourire.engine.recognize;

import java.util.List;

/** Finds one family of entities in a text, in the manner of Presidio: a broad pattern, then a strict validation. */
public interface Recognizer {
	void recognize(RecognizerInput input, List<RawEntity> out);

	/** An entity before it is attached to tokens. */
	record RawEntity(String type, int start, int end) {
	}
}
