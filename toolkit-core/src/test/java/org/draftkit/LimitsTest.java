package org.draftkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitsTest {

  @Test
  void aListChangesOnlyTheLimitsItNames() {
    Limits l =
        Limits.defaults()
            .with("pages=500, expanded=128MB;ratio=50 paragraphs=20000,timeout=30s,input=10KB");
    assertEquals(new Limits(10L << 10, 500, 128L << 20, 50, 20_000, Duration.ofSeconds(30)), l);
    assertEquals(Duration.ofMillis(250), Limits.defaults().with("timeout=250ms").timeout());
    assertEquals(Duration.ofMinutes(3), Limits.defaults().with("timeout=3min").timeout());
    assertEquals(Limits.defaults(), Limits.defaults().with(null));
    assertEquals(Limits.defaults(), Limits.defaults().with("  "));
  }

  @Test
  void aMistakeNamesTheEntry() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Limits.defaults().with("pagez=5"));
    assertTrue(
        e.getMessage().contains("pagez") && e.getMessage().contains("known: input, pages"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Limits.defaults().with("pages=many"));
    assertTrue(e.getMessage().contains("'many' is not a number"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Limits.defaults().with("pages=0"));
    assertTrue(e.getMessage().contains("positive"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Limits.defaults().with("pages"));
  }

  @Test
  void theTimeLimitIsWrittenAsAPersonWouldSayIt() {
    assertEquals(
        "reading took longer than the time limit of 2 min",
        LimitExceededException.timeLimit("a.pdf", Limits.defaults(), null).reason());
    assertEquals(
        "reading took longer than the time limit of 1 ms",
        LimitExceededException.timeLimit(
                "a.pdf", Limits.defaults().withTimeout(Duration.ofNanos(5)), null)
            .reason());
    assertEquals(
        "reading took longer than the time limit of 90 s",
        LimitExceededException.timeLimit(
                "a.pdf", Limits.defaults().withTimeout(Duration.ofSeconds(90)), null)
            .reason());
  }
}
