package org.framescope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.framescope.ingest.OutletRegistry;
import org.framescope.model.ArticleResult;
import org.junit.jupiter.api.Test;

/**
 * The analysis pool's admission: a place is back before the client sees its answer, and a request that times out
 * gives its place back whether its task ran or not.
 */
class AnalysisServiceTest {
  static List<ArticleInput> one(String text) {
    return List.of(new ArticleInput(text, "", "", "", "", "", "test"));
  }

  @Test
  void sequentialRequestsAreNeverRefusedEvenWithoutWaitingPlaces() throws Exception {
    ServerConfig c = ServerConfig.defaults().withPort(0).withWorkers(1, 0);
    try (AnalysisService s = new AnalysisService(new LightAnalyzer(), OutletRegistry.empty(), c)) {
      // with a hand-off queue, the next request could arrive before the worker was back and was refused
      for (int i = 0; i < 3000; i++) {
        List<ArticleResult> r = s.analyze(one("Police acted " + i + "."));
        assertEquals(1, r.size(), "request " + i);
      }
    }
  }

  @Test
  void aFullPoolRefusesAndATimedOutWaiterGivesItsPlaceBack() throws Exception {
    LightAnalyzer slow = new LightAnalyzer();
    ServerConfig c = ServerConfig.defaults().withPort(0).withWorkers(1, 1).withTimeout(Duration.ofMillis(300));
    try (AnalysisService s = new AnalysisService(slow, OutletRegistry.empty(), c)) {
      slow.delayMillis = 1500;
      CountDownLatch started = new CountDownLatch(1);
      // the first request holds the worker; its caller times out, but the task goes on and keeps its place
      CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
        started.countDown();
        assertThrows(AnalysisService.Busy.class, () -> s.analyze(one("First.")));
      });
      started.await();
      Thread.sleep(100);
      // the second waits in the queue and times out before it starts: its place must come back
      assertThrows(AnalysisService.Busy.class, () -> s.analyze(one("Second.")));
      first.get(10, TimeUnit.SECONDS);
      // the worker is still busy with the first (1.5 s): one waiting place is free again, so a third is admitted
      // and times out waiting, rather than being refused as "busy with other analyses"
      AnalysisService.Busy third = assertThrows(AnalysisService.Busy.class, () -> s.analyze(one("Third.")));
      assertEquals(true, third.getMessage().contains("longer than"), third.getMessage());
      // once the first task ends, every place is free
      Thread.sleep(1800);
      slow.delayMillis = 0;
      assertEquals(1, s.analyze(one("Fourth.")).size());
      assertEquals(1, s.analyze(one("Fifth.")).size());
    }
  }
}
