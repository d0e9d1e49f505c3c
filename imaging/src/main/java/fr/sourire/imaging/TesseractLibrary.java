package fr.sourire.imaging;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** The few functions of Tesseract's C API (capi.h) that OCR needs, bound with JNA to Debian's libtesseract.so.5. */
interface TesseractLibrary extends Library {
	/** Debian ships only the versioned name without the -dev package. */
	String NAME = "libtesseract.so.5";

	/** Page segmentation mode 11: sparse text, as {@code --psm 11}. */
	int PSM_SPARSE_TEXT = 11;

	static TesseractLibrary load() {
		return Native.load(NAME, TesseractLibrary.class);
	}

	Pointer TessBaseAPICreate();

	/** 0 when the language model was loaded; a null data path means the library's own (TESSDATA_PREFIX or Debian's). */
	int TessBaseAPIInit3(Pointer api, String dataPath, String language);

	/** Returns false (0) for an unknown variable. */
	int TessBaseAPISetVariable(Pointer api, String name, String value);

	void TessBaseAPISetPageSegMode(Pointer api, int mode);

	void TessBaseAPISetImage(Pointer api, byte[] pixels, int width, int height, int bytesPerPixel, int bytesPerLine);

	int TessBaseAPIRecognize(Pointer api, Pointer monitor);

	Pointer TessBaseAPIGetTsvText(Pointer api, int page);

	void TessDeleteText(Pointer text);

	void TessBaseAPIClear(Pointer api);

	void TessBaseAPIDelete(Pointer api);
}
