package fr.sourire.media;

import java.util.ArrayList;
import java.util.List;

/** A rectangle on the displayed (upright) image, in pixels: a detected face or text, or a box drawn by the user. */
public record Box(int x, int y, int w, int h) {

	public Box {
		if (x < 0 || y < 0 || w <= 0 || h <= 0) {
			throw new IllegalArgumentException("A box needs a position inside the image and a positive size");
		}
	}

	/** Reads "x,y,w,h;x,y,w,h" (the form field of the media page); blank means no box. */
	public static List<Box> parseAll(String text) {
		var boxes = new ArrayList<Box>();
		if (text == null || text.isBlank()) {
			return boxes;
		}
		for (String part : text.split(";")) {
			String[] numbers = part.trim().split(",");
			if (numbers.length != 4) {
				throw new IllegalArgumentException("A box is written x,y,w,h");
			}
			boxes.add(new Box(Integer.parseInt(numbers[0].trim()), Integer.parseInt(numbers[1].trim()),
					Integer.parseInt(numbers[2].trim()), Integer.parseInt(numbers[3].trim())));
		}
		return boxes;
	}
}
