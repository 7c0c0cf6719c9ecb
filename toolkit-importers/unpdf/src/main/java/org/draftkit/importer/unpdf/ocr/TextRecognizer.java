package org.draftkit.importer.unpdf.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads the words of a page image (OCR), for PDF pages whose text layer is missing or broken. The
 * PDF importer finds implementations with {@link java.util.ServiceLoader}; the {@code
 * toolkit-importer-ocr} module provides one that runs Tesseract. Implementations are stateless and
 * thread-safe: the importer reads several pages at once.
 *
 * @since 0.1
 */
public interface TextRecognizer {

  /** A short name for diagnostics ({@code "tesseract 5.3.0"}). */
  String name();

  /**
   * Empty when the recognizer can read {@code languages}; otherwise one line saying what to install
   * ({@code "install tesseract-ocr-ara"}).
   *
   * @param languages ISO 639-1 codes ({@code en}, {@code zh}, …); empty to ask about the engine
   *     alone
   */
  Optional<String> unavailable(List<String> languages);

  /**
   * The languages of a page image, guessed from its script (ISO 639-1 codes), for documents whose
   * language nobody named; empty when the script could not be told.
   */
  List<String> guessLanguages(BufferedImage image, Duration timeout) throws IOException;

  /**
   * Reads one page image.
   *
   * @param image the rendered page
   * @param languages ISO 639-1 codes of the languages to read
   * @param timeout how long the page may take
   * @throws IOException when the engine fails or runs out of time (the message says which)
   */
  RecognizedPage recognize(BufferedImage image, List<String> languages, Duration timeout)
      throws IOException;
}
