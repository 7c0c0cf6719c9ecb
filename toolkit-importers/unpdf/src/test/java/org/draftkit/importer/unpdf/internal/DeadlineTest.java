package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The read's deadline, and the time granted to OCR'd pages added to it: a Russian treaty whose 77
 * pages took five minutes of OCR on a loaded machine was refused after the OCR had succeeded,
 * because what came after it still counted from the read's start.
 */
class DeadlineTest {

  @Test
  void aPassedDeadlineExpiresAndAnExtendedOneDoesNot() throws InterruptedException {
    Deadline d = new Deadline(Duration.ofMillis(1));
    Thread.sleep(5);
    assertThrows(Deadline.Expired.class, d::check);
    assertDoesNotThrow(d.extendedBy(Duration.ofHours(1))::check);
    assertThrows(Deadline.Expired.class, d::check, "extending gives a new deadline");
  }

  @Test
  void nothingToAddIsTheSameDeadlineAndHugeTimeoutsDoNotOverflow() {
    Deadline d = new Deadline(Duration.ofMillis(1));
    assertSame(d, d.extendedBy(Duration.ZERO));
    Deadline forever = new Deadline(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
    assertDoesNotThrow(forever.extendedBy(Duration.ofDays(1))::check);
  }
}
